/**
 * Packaging (`npm run dist`): Linux AppImage and deb, macOS dmg, Windows NSIS installer. Needs the network
 * the first time (electron-builder downloads Electron for each target). Checked by
 * scripts/packaging.test.ts; the fuses are docs/RELIABILITY.md's E9.
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'app.leap.journal',
  productName: 'Leap',
  copyright: 'Copyright © Leap contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  // What the app needs at run time: the built main, preload and renderer, and production dependencies.
  files: ['out/**', 'package.json'],
  // A native module cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/better-sqlite3/**'],
  icon: 'resources/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    synopsis: 'A private journal for people who lead teams',
    maintainer: 'Leap contributors'
  },
  deb: { packageCategory: 'office' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true }
}

export default config

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
  // What the app needs at run time: the built main, preload, renderer and CLI, and production dependencies.
  // Of better-sqlite3 only lib/ and this system's prebuilt Node-API binary: not its C++ sources, SQLite's
  // amalgamation or the other systems' binaries. For node_modules electron-builder reads exclusions only, so
  // the binary is kept by one pattern that excludes every other one (${platform} and ${arch} are the target's).
  files: [
    'out/**',
    // What the CLI was built from, for `npm run export`'s freshness check in a checkout.
    '!out/cli/*.inputs.json',
    'package.json',
    '!node_modules/better-sqlite3/{src,deps,build}/**',
    '!node_modules/better-sqlite3/binding.gyp',
    '!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}).node',
    '!node_modules/node-addon-api/**'
  ],
  // A native module cannot be loaded from inside the asar archive: only the binary is unpacked.
  asarUnpack: ['node_modules/better-sqlite3/prebuilds/*.node'],
  // The prebuilt binary is Node-API, so Electron loads it as it is: never rebuild (that needs a compiler).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  icon: 'resources/icon.png',
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    // Leap sets no cookies, and on an unsigned macOS build this fuse can ask for the Keychain.
    enableCookieEncryption: false,
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

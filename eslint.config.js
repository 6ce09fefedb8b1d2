import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    // The benchmark's in-page scripts run in the browser, before or instead of the app.
    files: ['scripts/lib/bench-ui-*.js'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: {
      // The page must never get ipcRenderer or any of its methods, only the contract's calls.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] > Identifier[name='ipcRenderer']",
          message: 'Never expose ipcRenderer; expose createLeapBridge(...) only.'
        },
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] MemberExpression[object.name='ipcRenderer'][property.name=/^(on|once|send|sendSync|invoke|addListener|postMessage)$/]:not(ArrowFunctionExpression MemberExpression)",
          message: 'Never hand ipcRenderer methods to the page.'
        },
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'][arguments.0.value!='leap']",
          message: 'The preload exposes window.leap and nothing else.'
        }
      ]
    }
  }
)

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { usePath } from '../lib/router'

interface Toast {
  id: number
  message: string
  action?: { label: string; run: () => void }
  tone?: 'info' | 'error'
  /** An Undo that edits a form on this screen goes with the form when the person leaves it. */
  onlyHere?: boolean
}

type ShowToast = (toast: Omit<Toast, 'id'>) => void

const ToastContext = createContext<ShowToast>(() => {})

let nextId = 1
const TOAST_MS = 8000
/** More than two notices at once are a wall over the screen; the newest ones are the ones that matter. */
const AT_MOST = 2

/**
 * Short notices in the bottom corner of the window, with an optional action such as Undo. A notice belongs to
 * the screen it was said on: changing screens clears it, unless it still offers to undo something.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const path = usePath()
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const show = useCallback<ShowToast>(
    (toast) => {
      const id = nextId++
      setToasts((all) => [...all.slice(1 - AT_MOST), { ...toast, id }])
      window.setTimeout(() => dismiss(id), TOAST_MS)
    },
    [dismiss]
  )
  const [saidOn, setSaidOn] = useState(path)
  if (saidOn !== path) {
    setSaidOn(path)
    setToasts((all) => all.filter((toast) => toast.action !== undefined && !toast.onlyHere))
  }
  const value = useMemo(() => show, [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button--ghost button--small"
                // Two notices can offer Undo at once: each button says what it takes back.
                aria-label={`${toast.action.label}: ${toast.message}`}
                onClick={() => {
                  toast.action?.run()
                  dismiss(toast.id)
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = (): ShowToast => useContext(ToastContext)

/** A notice of something done that its button takes back: the same word and place for every Undo. */
export function useUndoToast() {
  const toast = useToast()
  return useCallback(
    (message: string, undo: () => void, options: Pick<Toast, 'onlyHere'> = {}) =>
      toast({ message, action: { label: 'Undo', run: undo }, ...options }),
    [toast]
  )
}

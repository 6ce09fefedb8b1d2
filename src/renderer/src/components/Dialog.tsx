import { useEffect, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'

interface DialogProps {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  wide?: boolean
}

const FIELDS = [
  'input:not([type="hidden"]):not(:disabled)',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  '[contenteditable="true"]'
].join(',')

/**
 * The browser focuses the first focusable element of a modal, which is the header's Close button: a person
 * opened the dialog to fill it in, so the first field gets the focus (a dialog without fields keeps Close).
 */
function focusFirstField(dialog: HTMLDialogElement): void {
  const field = [...dialog.querySelectorAll<HTMLElement>(FIELDS)].find(
    (element) => !element.closest('.dialog__header') && element.getClientRects().length > 0
  )
  field?.focus()
}

/** Focus goes back to what opened the dialog, if it is still there. */
function restoreFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
}

/** A modal on the native <dialog>: focus trapping, Escape and the top layer come from the browser. */
export function Dialog({ title, open, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
      focusFirstField(dialog)
    }
    if (!open && dialog.open) {
      dialog.close()
      restoreFocus(opener.current)
    }
  }, [open])

  // A dialog removed while open (its screen gave way) returns the focus too.
  useEffect(() => {
    const dialog = ref.current
    return () => {
      if (dialog?.open) restoreFocus(opener.current)
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <X size={18} aria-hidden />
            </button>
          </header>
          {children}
        </>
      )}
    </dialog>
  )
}

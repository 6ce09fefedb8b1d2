import { useEffect, useRef, useState, type ReactNode } from 'react'
import { X } from 'lucide-react'

interface DialogProps {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  wide?: boolean
  /** Closes without asking even after typing (a search box: what was typed is no work to lose). */
  closesQuietly?: boolean
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

/**
 * Focus goes back to what opened the dialog; when that is gone (a "Delivered" button once delivered, a
 * palette closed), to the screen's main content rather than to nowhere.
 */
function restoreFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  else document.getElementById('content')?.focus({ preventScroll: true })
}

/**
 * A modal on the native <dialog>: focus trapping, Escape and the top layer come from the browser. Escape or
 * Close after something was typed asks first: a stray key must not throw away a paragraph (Cancel, a
 * deliberate click, does not ask).
 */
export function Dialog({ title, open, onClose, children, wide, closesQuietly }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const typed = useRef(false)
  const [askingToDiscard, setAskingToDiscard] = useState(false)
  const closeAsked = () => {
    if (typed.current && !askingToDiscard) setAskingToDiscard(true)
    else if (!askingToDiscard) onClose()
  }

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      typed.current = false
      setAskingToDiscard(false)
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
      onInput={(event) => {
        if (!closesQuietly && isTypedText(event.target)) typed.current = true
      }}
      onCancel={(event) => {
        event.preventDefault()
        // Escape while asking means: keep editing.
        if (askingToDiscard) setAskingToDiscard(false)
        else closeAsked()
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={closeAsked}>
              <X size={18} aria-hidden />
            </button>
          </header>
          {askingToDiscard && <DiscardBar onKeep={() => setAskingToDiscard(false)} onDiscard={onClose} />}
          {children}
        </>
      )}
    </dialog>
  )
}

/** Words a person wrote, as opposed to a choice made in a list, a box ticked or a day picked. */
function isTypedText(target: EventTarget): boolean {
  if (target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLInputElement) return ['text', 'email', 'url', 'tel'].includes(target.type)
  return target instanceof HTMLElement && target.isContentEditable
}

/** "Discard what you typed?", above the form, the safe choice focused. */
function DiscardBar({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  return (
    <div className="banner banner--warning dialog__discard" role="alert">
      <span className="dialog__discard-question">Discard what you typed?</span>
      <button type="button" className="button button--small" autoFocus onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className="button button--small" onClick={onDiscard}>
        Discard
      </button>
    </div>
  )
}

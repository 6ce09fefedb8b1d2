import { FileSpreadsheet, FolderInput } from 'lucide-react'
import { openImport } from './import-store'
import './import.css'

/** Settings' way in to import (the palette has the same two commands). */
export function ImportButtons() {
  return (
    <div className="import-buttons">
      <button type="button" className="button" onClick={() => openImport('markdown')}>
        <FolderInput size={16} aria-hidden /> Import notes…
      </button>
      <button type="button" className="button" onClick={() => openImport('csv')}>
        <FileSpreadsheet size={16} aria-hidden /> Import team from CSV…
      </button>
    </div>
  )
}

/**
 * Whether the person is already in a field (the title, the date, a talking point…). The text editor loads on
 * demand and takes the cursor when it is ready; if the person clicked into another field meanwhile, taking it
 * would send what they type into the wrong place.
 */
export const typingElsewhere = (): boolean =>
  document.activeElement instanceof HTMLElement &&
  document.activeElement.matches('input, textarea, select, [contenteditable="true"]')

/* global data */
// The plainest pages the app's screens are measured against: served with the app's CSP, this one script and
// nothing else. `data` is prepended by the benchmark: `{ text }` for the typing page (a plain textarea holding
// the same reflection), or `{ rows }`, the text each screen showed in the app, drawn as a static list when the
// address changes to that screen.
const screenOf = (hash) => {
  const [section, id] = hash.replace(/^#\/?/, '').split('/')
  if (section === 'team' || !section) return id ? 'person' : 'team'
  return section
}

function drawList(screen) {
  const list = document.createElement('ul')
  list.dataset.screen = screen
  for (const text of data.rows[screen] ?? []) {
    const item = document.createElement('li')
    item.textContent = text
    list.append(item)
  }
  return list
}

function draw() {
  const screen = screenOf(location.hash)
  if (screen !== 'search') return document.body.replaceChildren(drawList(screen))
  // Search: a field; each change of its text draws the same results the app showed.
  const field = document.createElement('input')
  field.setAttribute('aria-label', 'Search')
  field.addEventListener('input', () => document.body.replaceChildren(field, drawList('search')))
  document.body.replaceChildren(field)
}

if (data.text !== undefined) {
  const area = document.createElement('textarea')
  area.setAttribute('aria-label', 'Reflection')
  area.value = data.text
  area.style.cssText = 'width: 100%; height: 90vh'
  document.body.replaceChildren(area)
} else {
  addEventListener('hashchange', draw)
  draw()
}

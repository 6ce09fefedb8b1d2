/**
 * The first Tab stop: straight to the screen, past the sidebar (the next Tab reaches the screen's first
 * control). The address's hash is the route, so the link moves the focus itself rather than following it.
 */
export function SkipLink() {
  return (
    <a
      href="#content"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault()
        document.getElementById('content')?.focus()
      }}
    >
      Skip to content
    </a>
  )
}

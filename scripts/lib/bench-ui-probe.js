// The benchmark's stopwatch, injected before any script of the page (the app's and the baselines' alike).
// Every figure ends at the frame that shows the result: a requestAnimationFrame callback runs just before the
// browser draws, and a message posted from it is delivered once that frame's work is done.
;(() => {
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    )

  const count = (selector) => document.querySelectorAll(selector).length

  /**
   * Resolves once `selector` matches at least `min` elements, checked on every change of the page; fails after
   * a minute, so a screen that never shows stops the benchmark with its name instead of hanging it.
   */
  const appears = (selector, min) =>
    new Promise((resolve, reject) => {
      if (count(selector) >= min) return resolve()
      const observer = new MutationObserver(() => {
        if (count(selector) < min) return
        observer.disconnect()
        clearTimeout(timer)
        resolve()
      })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error(`${selector} did not show within a minute`))
      }, 60_000)
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    })

  let lastKeyAt = 0
  const keyToFrame = []
  addEventListener(
    'keydown',
    (event) => {
      // The event's own time stamp: when the key reached the page, however long it then waited for the thread.
      const at = event.timeStamp
      lastKeyAt = at
      afterNextFrame().then((end) => keyToFrame.push(end - at))
    },
    { capture: true }
  )

  window.leapBench = {
    /** Milliseconds from the start of navigation to the frame showing `selector`. */
    shown: async (selector, min = 1) => {
      await appears(selector, min)
      return afterNextFrame()
    },
    /** Milliseconds from changing the address to `hash` to the frame showing `selector`. */
    navigate: async (hash, selector, min = 1) => {
      // What is already on the page would stop the clock at once.
      if (count(selector) >= min) throw new Error(`${selector} shows before going to ${hash}`)
      const started = performance.now()
      location.hash = hash
      await appears(selector, min)
      return (await afterNextFrame()) - started
    },
    /** Milliseconds from the last key press to the frame showing `selector`. */
    afterKey: async (selector, min = 1) => {
      await appears(selector, min)
      return (await afterNextFrame()) - lastKeyAt
    },
    /** Whether the page has fetched a built file named after each of `names` (e.g. InsightsPage-1a2b3c.js). */
    loaded: (names) => {
      const urls = performance.getEntriesByType('resource').map((entry) => entry.name)
      return names.every((name) => urls.some((url) => url.includes(`/${name}-`)))
    },
    /** Key press to next frame, for every key pressed since the last call. */
    takeKeyFrames: () => keyToFrame.splice(0),
    /** The text of the elements `selector` matches: the rows a baseline draws as a static list. */
    texts: (selector) => [...document.querySelectorAll(selector)].map((element) => element.innerText.trim())
  }
})()

import './boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from './app/App'
import { ToastProvider } from './components/Toasts'
import { firstReadsAnswered } from './lib/firstReads'
import { prefetchWhenIdle } from './lib/onDemand'
import { queryClient } from './lib/query'
import './styles/app.css'

/** How long the first frame waits for main's answers at most, so a busy journal still shows the window at once. */
const FIRST_READS_WAIT_MS = 150

void firstReadsAnswered(FIRST_READS_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>
  )
)

prefetchWhenIdle()

import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/index.css';
import { Alert, Loader, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { ApiError } from './api.js';
import { Layout } from './layout.js';
import { NotificationArea } from './notification-area.js';
import TodayPage from './pages/today/today-page.js';
import { cssVariables, theme } from './theme.js';
import './install-event.js';

// Today is home and loads with the app; every other page is fetched when visited.
const PipelinePage = lazy(() => import('./pages/pipeline/pipeline-page.js'));
const OpportunityPage = lazy(() => import('./pages/opportunity/opportunity-page.js'));
const NewOpportunityPage = lazy(() => import('./pages/new-opportunity.js'));
const CapturePage = lazy(() => import('./pages/capture.js'));
const ContactsPage = lazy(() => import('./pages/contacts.js'));
const HoldingPage = lazy(() => import('./pages/holding.js'));
const SettingsPage = lazy(() => import('./pages/settings/settings-page.js'));
const MethodPage = lazy(() => import('./pages/method.js'));
const ImportExportPage = lazy(() => import('./pages/import-export/import-export-page.js'));
const ProgressPage = lazy(() => import('./pages/progress.js'));
// Shared mode (serve --accounts): signing in, the account, a coach's clients.
const SignInPage = lazy(() => import('./pages/sign-in/sign-in-page.js'));
const ResetPage = lazy(() => import('./pages/sign-in/reset-page.js'));
const SignUpPage = lazy(() => import('./pages/sign-in/sign-up-page.js'));
const AccountPage = lazy(() => import('./pages/account/account-page.js'));
const ClientsPage = lazy(() => import('./pages/clients/clients-page.js'));
const ClientPage = lazy(() => import('./pages/clients/client-page.js'));

const client = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: true,
      // A refusal will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError) && count < 2,
      // Offline, a query still asks once: the service worker answers Today with the last list.
      networkMode: 'offlineFirst',
    },
    // A change made offline fails at once instead of waiting unseen: an outcome is then kept
    // on this device (offline-queue.ts), anything else says it was not saved.
    mutations: { networkMode: 'always' },
  },
});

function NotFound() {
  return (
    <Alert title="Nothing here" color="gray">
      This page does not exist. <Link to="/">Back to today</Link>
    </Alert>
  );
}

function Bare(props: { page: ReactNode }) {
  return <Suspense fallback={<Loader m="xl" aria-label="Loading" />}>{props.page}</Suspense>;
}

function App() {
  return (
    <Layout>
      <Suspense fallback={<Loader m="xl" aria-label="Loading" />}>
        <Routes>
          <Route path="/" element={<TodayPage />} />
          <Route path="/pipeline" element={<PipelinePage />} />
          <Route path="/opportunities/new" element={<NewOpportunityPage />} />
          <Route path="/capture" element={<CapturePage />} />
          <Route path="/opportunities/:id" element={<OpportunityPage />} />
          <Route path="/contacts" element={<ContactsPage />} />
          <Route path="/holding" element={<HoldingPage />} />
          <Route path="/progress" element={<ProgressPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/method" element={<MethodPage />} />
          <Route path="/import" element={<ImportExportPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/clients" element={<ClientsPage />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

// The service worker and its update prompt load after the first page: Today waits for neither.
void import('./update-prompt.js').then((m) => m.startServiceWorker());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="auto">
      <NotificationArea />
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <Routes>
            {/* Before signing in: no navigation, nothing to wander to. */}
            <Route path="/sign-in" element={<Bare page={<SignInPage />} />} />
            <Route path="/reset" element={<Bare page={<ResetPage />} />} />
            <Route path="/sign-up" element={<Bare page={<SignUpPage />} />} />
            <Route path="*" element={<App />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

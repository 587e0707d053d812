import '@mantine/core/styles.css';
import './styles.css';
import { Alert, Loader, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { ApiError } from './api.js';
import { ToastProvider } from './components/toast.js';
import { Layout } from './layout.js';
import TodayPage from './pages/today.js';
import { cssVariables, theme } from './theme.js';

// Today is home and loads with the app; every other page is fetched when visited.
const PipelinePage = lazy(() => import('./pages/pipeline.js'));
const OpportunityPage = lazy(() => import('./pages/opportunity.js'));
const NewOpportunityPage = lazy(() => import('./pages/new-opportunity.js'));
const ContactsPage = lazy(() => import('./pages/contacts.js'));
const HoldingPage = lazy(() => import('./pages/holding.js'));
const SettingsPage = lazy(() => import('./pages/settings.js'));
const MethodPage = lazy(() => import('./pages/method.js'));
const ImportExportPage = lazy(() => import('./pages/import-export.js'));

const client = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: true,
      // A refusal will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError) && count < 2,
    },
  },
});

function NotFound() {
  return (
    <Alert title="Nothing here" color="gray">
      This page does not exist. <Link to="/">Back to today</Link>
    </Alert>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="auto">
      <QueryClientProvider client={client}>
        <ToastProvider>
          <BrowserRouter>
            <Layout>
              <Suspense fallback={<Loader m="xl" aria-label="Loading" />}>
                <Routes>
                  <Route path="/" element={<TodayPage />} />
                  <Route path="/pipeline" element={<PipelinePage />} />
                  <Route path="/opportunities/new" element={<NewOpportunityPage />} />
                  <Route path="/opportunities/:id" element={<OpportunityPage />} />
                  <Route path="/contacts" element={<ContactsPage />} />
                  <Route path="/holding" element={<HoldingPage />} />
                  <Route path="/settings" element={<SettingsPage />} />
                  <Route path="/method" element={<MethodPage />} />
                  <Route path="/import" element={<ImportExportPage />} />
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </Suspense>
            </Layout>
          </BrowserRouter>
        </ToastProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

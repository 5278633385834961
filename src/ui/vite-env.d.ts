// Types for import.meta.env and import.meta.hot in the app.
/// <reference types="vite/client" />

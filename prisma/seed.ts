// Placeholder replaced by the demo-content importer (see lib/seed/).
console.log("[seed] nothing to seed yet");

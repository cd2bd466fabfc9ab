"""Client adapters: capture calls of provider SDKs into RawCapture records."""

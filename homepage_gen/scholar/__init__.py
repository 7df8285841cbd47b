"""Google Scholar numbers: fetched at build time, cached, validated, injected; and the fetcher."""

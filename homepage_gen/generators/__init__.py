"""Pages generated from the site model: redirects, sitemap, feed."""

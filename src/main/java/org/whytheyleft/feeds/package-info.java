/** After the bake: what machines read about the site, namely the sitemap, robots.txt and an Atom feed per language. */
package org.whytheyleft.feeds;

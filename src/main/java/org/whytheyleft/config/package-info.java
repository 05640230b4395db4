/** The one configuration file a campaign edits: site name per language, site URL, languages and publisher. */
package org.whytheyleft.config;

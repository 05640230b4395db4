/**
 * The one configuration file a campaign edits: site name per language, site URL, languages, publisher and the
 * texts of its own story.
 */
package org.whytheyleft.config;

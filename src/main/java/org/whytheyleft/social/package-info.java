/** Images for sharing a page: a social card with its title in the site's typeface, and a QR code for print. */
package org.whytheyleft.social;

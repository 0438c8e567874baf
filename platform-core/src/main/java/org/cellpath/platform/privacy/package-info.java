/**
 * The learner's data rights: download everything Cellpath stores about them (as JSON and as a
 * PDF transcript of their learning) and erase their account. Every
 * {@link org.cellpath.platform.learning.PersonalData} in the application takes part in both; this
 * package implements it for what platform-core stores (profile, learning account, stated demand).
 */
package org.cellpath.platform.privacy;

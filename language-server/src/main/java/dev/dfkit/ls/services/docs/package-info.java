/**
 * What each Dockerfile instruction and flag does, in our own short words with links to the
 * reference: shared by hover, completion and signature help.
 */
package dev.dfkit.ls.services.docs;

/**
 * The content store: blobs by digest in an OCI image layout, written atomically, verified on read.
 */
package dev.dfkit.build.content;

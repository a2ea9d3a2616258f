/**
 * The OCI (and Docker) image documents as records: descriptors, manifests, indexes and the image
 * configuration, with the JSON field names the specifications use.
 */
package dev.dfkit.build.image;

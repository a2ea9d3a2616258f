/**
 * Layers: a directory (an overlay upper directory, or a whole root file system) becomes a
 * reproducible OCI layer tar with whiteouts ({@link dev.dfkit.build.layer.LayerWriter}); a layer is
 * unpacked safely onto a directory ({@link dev.dfkit.build.layer.LayerApplier}); a root file system
 * tar becomes a one-layer image ({@link dev.dfkit.build.layer.ImageImporter}). The tar format
 * itself (PAX, GNU long names, binary extended attributes) is read and written here ({@link
 * dev.dfkit.build.layer.TarReader}, {@link dev.dfkit.build.layer.TarWriter}), because extended
 * attribute values such as {@code security.capability} are raw bytes that a string-valued PAX API
 * would corrupt.
 */
package dev.dfkit.build.layer;

package io.jobwright.render;
public final class PdfStore { public PdfStore(java.nio.file.Path dataDir) {} }

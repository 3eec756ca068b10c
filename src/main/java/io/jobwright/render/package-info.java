/**
 * Turning a (tailored) resume into a PDF: the {@link io.jobwright.render.ResumeRenderer} interface, the HTML/CSS
 * theme renderer built on openhtmltopdf ({@link io.jobwright.render.HtmlPdfRenderer}), and where PDFs are kept.
 */
package io.jobwright.render;

/**
 * Writing the outputs: the renderers of each format behind {@link vn.cchc.report.render.DocumentRenderer},
 * and {@link vn.cchc.report.render.OutputSet}, which writes a period's files all or none (staging
 * folder, lock, previous set kept). Renderers lay out; they never compute a figure.
 */
package vn.cchc.report.render;

import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Draws page `pageNumber` of a PDF on `canvas`, `width` CSS pixels wide; answers the page count. The
 * worker comes from our own origin (worker-src 'self'); pdf.js 6 compiles no code at run time, so the
 * CSP's script-src 'self' holds.
 */
export async function drawPdfPage(
  data: Uint8Array,
  canvas: HTMLCanvasElement,
  pageNumber: number,
  width: number,
): Promise<number> {
  const task = getDocument({ data });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(Math.min(pageNumber, pdf.numPages));
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${width}px`;
    await page.render({ canvas, viewport }).promise;
    return pdf.numPages;
  } finally {
    void task.destroy();
  }
}

import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Draws page `pageNumber` of a PDF on `canvas`, `width` CSS pixels wide; answers the page count. No
 * eval (the CSP forbids it), the worker from our own origin (worker-src 'self').
 */
export async function drawPdfPage(
  data: Uint8Array,
  canvas: HTMLCanvasElement,
  pageNumber: number,
  width: number,
): Promise<number> {
  const pdf = await getDocument({ data, isEvalSupported: false }).promise;
  try {
    const page = await pdf.getPage(Math.min(pageNumber, pdf.numPages));
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${width}px`;
    await page.render({ canvas, viewport }).promise;
    return pdf.numPages;
  } finally {
    void pdf.destroy();
  }
}

/* global window, document, requestAnimationFrame, LightweightCharts */
/**
 * Runs in Chromium after lightweight-charts' standalone build: the chart as the app's chart
 * controller sets it up (candles on the right scale, volume as a histogram on its own hidden
 * scale in the bottom fifth, the same time-scale options), at a fixed 1440 × 700.
 */
(() => {
  const UP = '#26a69a';
  const DOWN = '#ef5350';
  const VOLUME_UP = 'rgba(38, 166, 154, 0.38)';
  const VOLUME_DOWN = 'rgba(239, 83, 80, 0.38)';
  let candles = [];
  let volumes = [];
  let chart = null;

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /** Turns stored columns (times in ms) into the bar objects the app hands to setData: untimed. */
  function load(columns) {
    const { time, open, high, low, close, volume } = columns;
    candles = new Array(time.length);
    volumes = new Array(time.length);
    for (let index = 0; index < time.length; index++) {
      const seconds = Math.floor(time[index] / 1000);
      candles[index] = { time: seconds, open: open[index], high: high[index], low: low[index], close: close[index] };
      volumes[index] = { time: seconds, value: volume[index], color: close[index] >= open[index] ? VOLUME_UP : VOLUME_DOWN };
    }
    return candles.length;
  }

  /** From createChart to the frame after the one that drew it: two animation frames after setData. */
  async function paint() {
    const { createChart, CandlestickSeries, HistogramSeries, LineStyle } = LightweightCharts;
    const host = document.getElementById('chart');
    const start = performance.now();
    chart = createChart(host, {
      width: 1440,
      height: 700,
      layout: { attributionLogo: false },
      localization: { locale: 'en-US', dateFormat: 'yyyy-MM-dd' },
      timeScale: { rightOffset: 6, barSpacing: 8, minBarSpacing: 0.5, timeVisible: true, secondsVisible: false },
    });
    const candleSeries = chart.addSeries(
      CandlestickSeries,
      { upColor: UP, downColor: DOWN, wickUpColor: UP, wickDownColor: DOWN, borderVisible: false, priceLineStyle: LineStyle.Dashed, priceLineWidth: 1 },
      0,
    );
    candleSeries.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.22 } });
    const volumeSeries = chart.addSeries(HistogramSeries, { priceScaleId: 'volume', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false }, 0);
    volumeSeries.priceScale().applyOptions({ scaleMargins: { top: 0.8, bottom: 0 }, visible: false });
    candleSeries.setData(candles);
    volumeSeries.setData(volumes);
    const dataSet = performance.now();
    await frame();
    await frame();
    const painted = performance.now();
    return { total: painted - start, setData: dataSet - start, drawnPixels: candlePixels() };
  }

  /** Two animation frames on a page with nothing to draw: what waiting for a frame costs alone. */
  async function idleFrames() {
    const start = performance.now();
    await frame();
    await frame();
    return performance.now() - start;
  }

  /** Pixels in the candles' colours on the chart's canvases: proof that bars were drawn. */
  function candlePixels() {
    let count = 0;
    for (const canvas of document.querySelectorAll('#chart canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let at = 0; at < data.length; at += 4) {
        const rgb = (data[at] << 16) | (data[at + 1] << 8) | data[at + 2];
        if (data[at + 3] === 255 && (rgb === 0x26a69a || rgb === 0xef5350)) count++;
      }
    }
    return count;
  }

  window.tradewindBench = { load, paint, idleFrames };
})();

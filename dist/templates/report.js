// The report page's own script: reads the chart specs from <script type="application/json"
// id="chart-data"> and draws them with Chart.js (loaded from assets/). No inline script, no
// network. Sets <html data-charts-ready="true"> once every chart is drawn (the benchmark waits on it).
/* global Chart */
(function () {
  'use strict';

  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
  var PALETTE = [
    '#0072B2',
    '#E69F00',
    '#009E73',
    '#D55E00',
    '#56B4E9',
    '#E69F00',
    '#CC79A7',
    '#009E73',
    '#999999',
  ];
  var DASHES = [[], [6, 3], [2, 2], [8, 2, 2, 2]];

  function readSpecs() {
    var element = document.getElementById('chart-data');
    if (!element) return {};
    try {
      return JSON.parse(element.textContent || '{}');
    } catch {
      return {};
    }
  }

  function percentTick(value) {
    return Math.round(value * 100) + '%';
  }

  function datasetConfig(spec, dataset, index) {
    var colour = PALETTE[dataset.colour % PALETTE.length];
    var line = spec.kind === 'line' || dataset.line;
    return {
      type: line ? 'line' : 'bar',
      label: dataset.label,
      data: dataset.data,
      backgroundColor: line ? colour : colour + 'CC',
      borderColor: colour,
      borderWidth: line ? 2 : 1,
      borderDash: line ? DASHES[index % DASHES.length] : [],
      pointRadius: line ? 3 : 0,
      pointStyle: line ? ['circle', 'rect', 'triangle', 'rectRot'][index % 4] : 'rect',
      spanGaps: false,
      yAxisID: dataset.right ? 'right' : 'y',
      xAxisID: 'x',
      order: line ? 0 : 1,
    };
  }

  function scalesConfig(spec) {
    var valueAxis = {
      beginAtZero: true,
      stacked: spec.stacked,
      title: { display: true, text: spec.yTitle },
      ticks: spec.percent ? { callback: percentTick } : { precision: 0 },
    };
    var categoryAxis = { stacked: spec.stacked, grid: { display: false } };
    var scales = spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
    var hasRight = spec.datasets.some(function (d) {
      return d.right;
    });
    if (hasRight) {
      scales.right = {
        position: 'right',
        beginAtZero: true,
        title: { display: true, text: spec.rightTitle || '' },
        grid: { drawOnChartArea: false },
        ticks: { precision: 0 },
      };
    }
    return scales;
  }

  function chartConfig(spec) {
    return {
      type: spec.kind,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d, i) {
          return datasetConfig(spec, d, i);
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        scales: scalesConfig(spec),
        plugins: {
          legend: { display: spec.datasets.length > 1, labels: { usePointStyle: true } },
          tooltip: spec.percent
            ? {
                callbacks: {
                  label: function (item) {
                    return item.dataset.label + ': ' + percentTick(item.raw);
                  },
                },
              }
            : {},
        },
      },
    };
  }

  function markUnavailable(canvas) {
    var note = document.createElement('p');
    note.className = 'chart-unavailable';
    note.textContent = 'The chart could not be drawn; the table below has the figures.';
    canvas.parentNode.replaceChild(note, canvas);
  }

  function drawAll() {
    var specs = readSpecs();
    var charts = [];
    Object.keys(specs).forEach(function (id) {
      var canvas = document.getElementById(id);
      if (!canvas) return;
      if (typeof Chart === 'undefined') return markUnavailable(canvas);
      charts.push(new Chart(canvas, chartConfig(specs[id])));
    });
    // Charts sized for the screen would be cut or blurred on paper.
    window.addEventListener('beforeprint', function () {
      charts.forEach(function (c) {
        c.resize();
      });
    });
    window.requestAnimationFrame(function () {
      document.documentElement.dataset.chartsReady = 'true';
      if (window.performance && window.performance.mark) window.performance.mark('charts-ready');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();

// The report page's own script: reads the chart specs from <script type="application/json"
// id="chart-data"> and draws them with Chart.js (loaded from assets/). No inline script, no
// network. Sets <html data-charts-ready="true"> once every chart is drawn (the benchmark waits on it).
/* global Chart */
(function () {
  'use strict';

  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. The page's
  // stylesheet has the light and dark sets (--chart-1 …); these are used only if it has none.
  var FALLBACK = [
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
  var PALETTE = FALLBACK.slice();
  var SHADE = 'rgba(230, 159, 0, 0.16)';

  function cssValue(name, fallback) {
    var value = window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  // Read at draw time, so that the charts follow the page's colour scheme (light or dark).
  function readColours() {
    PALETTE = FALLBACK.map(function (colour, i) {
      return cssValue('--chart-' + (i + 1), colour);
    });
    SHADE = cssValue('--chart-shade', SHADE);
    Chart.defaults.color = cssValue('--chart-text', '#4a525c');
    Chart.defaults.borderColor = cssValue('--chart-grid', 'rgba(0, 0, 0, 0.1)');
  }
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

  var DAY_MS = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
  // Past this many points a marker on each would hide the line; lone points between gaps keep theirs.
  var MARKED_POINTS = 60;

  // "4 May 2026", as the page's tables write dates (en-GB, UTC).
  function formatDay(day, parts) {
    var date = new Date(day * DAY_MS);
    var month = MONTHS[date.getUTCMonth()];
    if (parts === 'month') return month + ' ' + date.getUTCFullYear();
    return date.getUTCDate() + ' ' + month + (parts === 'year' ? ' ' + date.getUTCFullYear() : '');
  }

  function pointRadii(data) {
    return data.map(function (value, i) {
      if (value === null) return 0;
      if (data.length <= MARKED_POINTS) return 3;
      var alone = (i === 0 || data[i - 1] === null) && (i === data.length - 1 || data[i + 1] === null);
      return alone ? 3 : 0;
    });
  }

  // A spec with x (day numbers) is drawn on a time line: {x, y} points on a linear axis.
  function datasetPoints(spec, dataset) {
    if (!spec.x) return dataset.data;
    return dataset.data.map(function (value, i) {
      return { x: spec.x[i], y: value };
    });
  }

  // Correlations: one dot per pull request or week, no line between them.
  function scatterDataset(spec, dataset) {
    var colour = PALETTE[dataset.colour % PALETTE.length];
    return {
      type: 'scatter',
      label: dataset.label,
      data: datasetPoints(spec, dataset),
      backgroundColor: colour + '99',
      borderColor: colour,
      pointRadius: 3,
      showLine: false,
    };
  }

  function scatterScales(spec) {
    var axis = function (title, log, percent) {
      return {
        type: log ? 'logarithmic' : 'linear',
        beginAtZero: !log,
        title: { display: true, text: title },
        ticks: percent ? { callback: percentTick } : {},
      };
    };
    return { x: axis(spec.xTitle || '', spec.logX, false), y: axis(spec.yTitle, spec.logY, spec.percent) };
  }

  // Business peaks: the highlighted categories (weeks) are shaded behind the bars and lines.
  var peakShading = {
    id: 'peakShading',
    beforeDatasetsDraw: function (chart, args, highlight) {
      var scale = chart.scales.x;
      if (!highlight || !highlight.indexes || !scale) return;
      var area = chart.chartArea;
      var width = (area.right - area.left) / Math.max(1, chart.data.labels.length);
      var context = chart.ctx;
      context.save();
      context.fillStyle = SHADE;
      highlight.indexes.forEach(function (i) {
        context.fillRect(scale.getPixelForValue(i) - width / 2, area.top, width, area.bottom - area.top);
      });
      context.restore();
    },
  };

  function legendLabels(spec) {
    if (!spec.highlight) return { usePointStyle: true };
    return {
      usePointStyle: true,
      generateLabels: function (chart) {
        var items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
        items.push({
          text: spec.highlight.label,
          fillStyle: SHADE,
          strokeStyle: SHADE,
          pointStyle: 'rect',
          hidden: false,
        });
        return items;
      },
    };
  }

  function datasetConfig(spec, dataset, index) {
    if (spec.kind === 'scatter') return scatterDataset(spec, dataset);
    var colour = PALETTE[dataset.colour % PALETTE.length];
    var line = spec.kind === 'line' || dataset.line;
    return {
      type: line ? 'line' : 'bar',
      label: dataset.label,
      data: datasetPoints(spec, dataset),
      backgroundColor: line ? colour : colour + 'CC',
      borderColor: colour,
      borderWidth: line ? 2 : 1,
      borderDash: line ? DASHES[index % DASHES.length] : [],
      pointRadius: line ? pointRadii(dataset.data) : 0,
      pointHoverRadius: line ? 4 : 0,
      pointStyle: line ? ['circle', 'rect', 'triangle', 'rectRot'][index % 4] : 'rect',
      spanGaps: false,
      yAxisID: dataset.right ? 'right' : 'y',
      xAxisID: 'x',
      order: line ? 0 : 1,
      // a time line runs edge to edge: let the first and last markers show whole
      clip: spec.x ? 6 : undefined,
    };
  }

  // Ticks on calendar steps: days over a few weeks, Mondays (as the weekly charts, W3) over a
  // few months, first days of months beyond; Chart.js's own steps would fall on arbitrary days.
  function calendarTicks(first, last) {
    var span = last - first;
    var ticks = [];
    var day;
    if (span > 150) {
      var start = new Date(first * DAY_MS);
      var every = Math.max(1, Math.ceil(span / 30.44 / 6));
      var month = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
      for (; ; month += every) {
        day = Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
        if (day > last) return ticks;
        ticks.push(day);
      }
    }
    var short = span < 21;
    var step = short ? Math.max(1, Math.ceil(span / 6)) : 7 * Math.ceil(span / 42);
    // day 4 (5 Jan 1970) was a Monday
    day = short ? first : first + ((7 - ((first + 3) % 7)) % 7);
    for (; day <= last; day += step) ticks.push(day);
    return ticks;
  }

  function timeAxis(days) {
    var first = days[0];
    var last = days[days.length - 1];
    var parts = last - first > 150 ? 'month' : 'day';
    var ticks = calendarTicks(first, last);
    return {
      type: 'linear',
      min: first,
      max: last,
      grid: { display: false },
      afterBuildTicks: function (axis) {
        axis.ticks = ticks.map(function (value) {
          return { value: value };
        });
      },
      ticks: {
        callback: function (value) {
          return formatDay(value, parts);
        },
      },
    };
  }

  function scalesConfig(spec) {
    if (spec.kind === 'scatter') return scatterScales(spec);
    var valueAxis = {
      beginAtZero: true,
      stacked: spec.stacked,
      title: { display: true, text: spec.yTitle },
      ticks: spec.percent ? { callback: percentTick } : { precision: 0 },
    };
    var categoryAxis = spec.x ? timeAxis(spec.x) : { stacked: spec.stacked, grid: { display: false } };
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

  function tooltipConfig(spec) {
    var callbacks = {};
    if (spec.percent) {
      callbacks.label = function (item) {
        var value = spec.horizontal ? item.parsed.x : item.parsed.y;
        return item.dataset.label + ': ' + percentTick(value);
      };
    }
    if (spec.x && spec.kind !== 'scatter') {
      callbacks.title = function (items) {
        return items.length ? formatDay(items[0].parsed.x, 'year') : '';
      };
    }
    return { callbacks: callbacks };
  }

  function chartConfig(spec) {
    var config = {
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
          legend: { display: spec.datasets.length > 1 || !!spec.highlight, labels: legendLabels(spec) },
          tooltip: tooltipConfig(spec),
          peakShading: spec.highlight || false,
        },
      },
    };
    // hundreds of runs: hovering anywhere above a date shows that run
    if (spec.x && spec.kind !== 'scatter')
      config.options.interaction = { mode: 'nearest', axis: 'x', intersect: false };
    if (spec.highlight) config.plugins = [peakShading];
    return config;
  }

  function markUnavailable(canvas) {
    var note = document.createElement('p');
    note.className = 'chart-unavailable';
    note.textContent = 'The chart could not be drawn; the table below has the figures.';
    canvas.parentNode.replaceChild(note, canvas);
  }

  function drawCharts(specs) {
    var charts = [];
    if (typeof Chart !== 'undefined') readColours();
    Object.keys(specs).forEach(function (id) {
      var canvas = document.getElementById(id);
      if (!canvas) return;
      if (typeof Chart === 'undefined') return markUnavailable(canvas);
      charts.push(new Chart(canvas, chartConfig(specs[id])));
    });
    return charts;
  }

  function drawAll() {
    var specs = readSpecs();
    var charts = drawCharts(specs);
    // The reader's system turned dark or light: draw again in the other scheme's colours.
    var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (dark && dark.addEventListener && typeof Chart !== 'undefined') {
      dark.addEventListener('change', function () {
        charts.forEach(function (c) {
          c.destroy();
        });
        charts = drawCharts(specs);
        document.documentElement.dataset.chartScheme = dark.matches ? 'dark' : 'light';
      });
    }
    // Charts sized for the screen would overflow their cards on paper: fit them to the printed
    // layout when printing starts (and to the screen when it ends).
    function fitAll() {
      charts.forEach(function (c) {
        c.resize();
      });
    }
    window.addEventListener('beforeprint', fitAll);
    window.addEventListener('afterprint', fitAll);
    var print = window.matchMedia ? window.matchMedia('print') : null;
    if (print && print.addEventListener) print.addEventListener('change', fitAll);
    window.requestAnimationFrame(function () {
      document.documentElement.dataset.chartsReady = 'true';
      if (window.performance && window.performance.mark) window.performance.mark('charts-ready');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();

// The organisation report's own script (no inline script: the CSP forbids it). Progressive
// enhancement: the member table is readable unsorted; this adds sorting by any column, and draws
// the weekly chart from <script type="application/json" id="chart-data"> with the offline Chart.js.
/* global Chart */
(function () {
  'use strict';

  function compare(kind, a, b) {
    if (kind === 'number') {
      // Rows without a value sort last whatever the direction.
      if (a === '' && b === '') return 0;
      if (a === '') return 1;
      if (b === '') return -1;
      return Number(a) - Number(b);
    }
    return a.localeCompare(b);
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, column) {
      var kind = th.getAttribute('data-sort');
      if (!kind) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) {
          other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = x.cells[column].getAttribute('data-value') || '';
          var b = y.cells[column].getAttribute('data-value') || '';
          var order = compare(kind, a, b);
          if (kind === 'number' && (a === '' || b === '')) return order;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  }

  function readCharts() {
    var element = document.getElementById('chart-data');
    try {
      return JSON.parse((element && element.textContent) || '{}');
    } catch {
      return {};
    }
  }

  function drawHistory() {
    var canvas = document.getElementById('rollup-history');
    var data = readCharts().history;
    if (!canvas || !data || typeof Chart === 'undefined') return;
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: 'Deployments per week (blended)',
            data: data.deploymentsPerWeek,
            borderColor: '#0072B2',
            backgroundColor: '#0072B2',
            yAxisID: 'y',
          },
          {
            label: 'Median lead time (hours, pooled)',
            data: data.leadTime,
            borderColor: '#009E73',
            backgroundColor: '#009E73',
            spanGaps: false,
            yAxisID: 'hours',
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'deployments a week' } },
          hours: {
            position: 'right',
            beginAtZero: true,
            grid: { drawOnChartArea: false },
            title: { display: true, text: 'hours' },
          },
        },
      },
    });
  }

  function drawWeekly() {
    var element = document.getElementById('chart-data');
    var canvas = document.getElementById('rollup-weekly');
    if (!element || !canvas || typeof Chart === 'undefined') return;
    var data;
    try {
      data = JSON.parse(element.textContent || '{}').weekly;
    } catch {
      return;
    }
    if (!data) return;
    new Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: [
          {
            type: 'bar',
            label: 'Deployments',
            data: data.deployments,
            backgroundColor: '#0072B2',
            yAxisID: 'y',
          },
          {
            type: 'bar',
            label: 'Failed deployments',
            data: data.failed,
            backgroundColor: '#D55E00',
            yAxisID: 'y',
          },
          {
            type: 'line',
            label: 'Median lead time (hours, pooled)',
            data: data.leadTime,
            borderColor: '#009E73',
            backgroundColor: '#009E73',
            spanGaps: false,
            yAxisID: 'hours',
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'deployments' } },
          hours: {
            position: 'right',
            beginAtZero: true,
            grid: { drawOnChartArea: false },
            title: { display: true, text: 'hours' },
          },
        },
      },
    });
  }

  document.querySelectorAll('table.sortable').forEach(makeSortable);
  drawWeekly();
  drawHistory();
  document.documentElement.setAttribute('data-charts-ready', 'true');
})();

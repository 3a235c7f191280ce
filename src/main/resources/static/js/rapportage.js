// Draws the dropout-per-stage chart of /rapportage from the data-grafiek attribute (no inline script:
// the Content-Security-Policy is default-src 'self'). Suppressed figures arrive as null and stay gaps.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('uitval-grafiek');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-grafiek'));
  var norm = data.labels.map(function () { return data.norm; });
  new Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        { type: 'bar', label: 'Uitval (%)', data: data.uitval, backgroundColor: '#154273' },
        { type: 'line', label: 'Norm (%)', data: norm, borderColor: '#b5152b', borderDash: [6, 4],
          pointRadius: 0, fill: false }
      ]
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'procent' } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
});

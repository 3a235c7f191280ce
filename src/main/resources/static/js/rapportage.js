// Draws the dropout-per-stage chart of /rapportage from the data-grafiek attribute (no inline script:
// the Content-Security-Policy is default-src 'self'). Suppressed percentages arrive as null in "uitval" with their
// mark ("<5" or "x") in "afgeschermd": they are drawn as a hatched bar over the full length with the mark on it,
// never as an empty bar that would read as 0%. The norm is a line through the whole plot at its own value.
// Horizontal bars: the long stage names each get their own row and never overlap.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('uitval-grafiek');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-grafiek'));
  var shown = data.uitval.filter(function (v) { return v !== null; });
  // The top of the axis: room above the norm and the highest bar, in steps of 10%.
  var top = Math.min(100, Math.ceil(Math.max.apply(null, shown.concat([data.norm * 2])) / 10) * 10 + 10);
  var suppressed = data.afgeschermd.map(function (mark) { return mark === null ? null : top; });

  function hatch() {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var c = tile.getContext('2d');
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, 8, 8);
    c.strokeStyle = '#6b6b6b';
    c.lineWidth = 2;
    c.beginPath();
    c.moveTo(0, 8);
    c.lineTo(8, 0);
    c.stroke();
    return canvas.getContext('2d').createPattern(tile, 'repeat');
  }

  var marks = {
    id: 'afgeschermd',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var bars = chart.getDatasetMeta(1).data;
      ctx.save();
      ctx.font = 'bold 13px sans-serif';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = '#595959';
      ctx.font = 'italic 12px sans-serif';
      data.leeg.forEach(function (empty, i) {
        if (empty && bars[i]) {
          ctx.fillText('geen kandidaten', chart.chartArea.left + 8, bars[i].y);
        }
      });
      ctx.font = 'bold 13px sans-serif';
      data.afgeschermd.forEach(function (mark, i) {
        if (mark !== null && bars[i]) {
          var text = 'afgeschermd: ' + mark;
          var x = chart.chartArea.left + 8;
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(x - 3, bars[i].y - 9, ctx.measureText(text).width + 6, 18);
          ctx.fillStyle = '#1a1a1a';
          ctx.fillText(text, x, bars[i].y);
        }
      });
      ctx.restore();
    }
  };

  var normLine = {
    id: 'norm',
    afterDatasetsDraw: function (chart) {
      var x = chart.scales.x.getPixelForValue(data.norm);
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#b5152b';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chart.chartArea.top);
      ctx.lineTo(x, chart.chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#b5152b';
      ctx.font = '12px sans-serif';
      ctx.textAlign = 'left';
      ctx.fillText('Norm ' + String(data.norm).replace('.', ',') + '%', x + 4, chart.chartArea.bottom - 4);
      ctx.restore();
    }
  };

  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: 'Uitval (%)', data: data.uitval, backgroundColor: '#154273', grouped: false },
        { label: 'Afgeschermd (<5 of x): klein aantal, geen 0%', data: suppressed, backgroundColor: hatch(),
          borderColor: '#6b6b6b', borderWidth: 1, grouped: false }
      ]
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: { ticks: { autoSkip: false } },
        x: { beginAtZero: true, max: top, title: { display: true, text: 'uitval in procent' } }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: function (item) {
              return item.datasetIndex === 1 ? 'Afgeschermd: ' + data.afgeschermd[item.dataIndex]
                : 'Uitval: ' + String(item.raw).replace('.', ',') + '%';
            }
          }
        }
      }
    },
    plugins: [marks, normLine]
  });
  canvas.setAttribute('data-getekend', 'true');
});

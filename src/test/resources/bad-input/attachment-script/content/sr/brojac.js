document.body.innerHTML = '<h1>Hacked</h1>';

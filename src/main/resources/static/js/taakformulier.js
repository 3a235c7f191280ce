/*
 * "Complete my task here" on the dossier page: renders the task's Camunda Form with the form-js viewer
 * (npm @bpmn-io/form-js, the form-js generation Camunda 7.24 Tasklist renders the same forms with) and
 * hands its values to the server in the shape Tasklist sends to submit-form. The data conversion follows
 * Tasklist's camunda-forms handler: JSON variables are parsed; a select's option list of plain strings
 * (valuesKey) becomes label/value pairs; on submit an object or list value is sent as JSON (with the type of
 * the variable it replaces), anything else untyped. All checks are the server's.
 */
(function () {
  'use strict';

  var host = document.getElementById('taakformulier-velden');
  var submitForm = document.getElementById('taakformulier-verzenden');
  if (!host || !submitForm || typeof FormViewer === 'undefined') {
    return;
  }
  var schema = JSON.parse(host.getAttribute('data-schema'));
  var variables = JSON.parse(host.getAttribute('data-variabelen'));
  var entered = host.getAttribute('data-ingevuld');
  var output = submitForm.querySelector('input[name=variabelen]');

  var optionsKeyOf = {};
  var optionLists = {};
  (function collect(container) {
    (container.components || []).forEach(function (component) {
      if (component.key) {
        optionsKeyOf[component.key] = component.valuesKey;
      }
      if (component.valuesKey) {
        optionLists[component.valuesKey] = true;
      }
      collect(component);
    });
  })(schema);

  function isJson(variable) {
    return variable.type === 'Json'
      || (variable.valueInfo && variable.valueInfo.serializationDataFormat === 'application/json');
  }

  function dataOf(vars) {
    var data = {};
    Object.keys(vars).forEach(function (name) {
      var variable = vars[name];
      var value = variable.value;
      if (isJson(variable) && typeof value === 'string') {
        value = JSON.parse(value);
        if (optionLists[name] && Array.isArray(value) && value.every(function (v) { return typeof v === 'string'; })) {
          value = value.map(function (v) { return { label: v, value: v }; });
        }
      }
      data[name] = value;
    });
    return data;
  }

  function toVariables(data) {
    var result = {};
    Object.keys(data).forEach(function (key) {
      var value = data[key];
      if (value !== null && typeof value === 'object') {
        var like = variables[key] || variables[optionsKeyOf[key]];
        result[key] = {
          type: like ? like.type : 'Json',
          valueInfo: like ? like.valueInfo : null,
          value: JSON.stringify(value)
        };
      } else {
        result[key] = { value: value };
      }
    });
    return result;
  }

  var data = dataOf(variables);
  if (entered) {
    // After a refusal: what the user filled in, so nothing has to be typed again.
    var previous = dataOf(JSON.parse(entered));
    Object.keys(previous).forEach(function (key) { data[key] = previous[key]; });
  }

  // form-js writes an English "Select" in an empty dropdown and has no translation for it. Its renderer
  // (Preact) updates the same text node later, so changing the node's text is safe across re-renders.
  var DUTCH = { Select: 'Kies…' };
  function dutch() {
    host.querySelectorAll('.fjs-select-placeholder').forEach(function (display) {
      var text = display.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && DUTCH[text.data]) {
        text.data = DUTCH[text.data];
      }
    });
  }
  new MutationObserver(dutch).observe(host, { childList: true, subtree: true, characterData: true });

  host.textContent = '';
  var form = new FormViewer.Form({ container: host });
  var ready = false;
  var validating = false;
  var sending = false;

  function send() {
    if (!ready || validating || sending) {
      return;
    }
    // form.submit() validates and emits 'submit' itself, which must not start a second round.
    validating = true;
    var result = form.submit();
    validating = false;
    if (Object.keys(result.errors).length > 0) {
      var invalid = host.querySelector('[aria-invalid=true], .fjs-has-errors input, .fjs-has-errors select, .fjs-has-errors textarea');
      if (invalid) {
        invalid.focus();
      }
      return;
    }
    sending = true;
    output.value = JSON.stringify(toVariables(result.data));
    submitForm.submit();
  }

  submitForm.addEventListener('submit', function (event) {
    event.preventDefault();
    send();
  });
  // Enter in a field submits form-js' own form: the same as the button.
  form.on('submit', send);
  form.importSchema(schema, data).then(function () {
    ready = true;
    var alert = document.getElementById('taakformulier-fout');
    if (!alert) {
      var first = host.querySelector('input, select, textarea');
      if (first && window.location.hash === '#taakformulier') {
        first.focus();
      }
    }
  }).catch(function () {
    host.textContent = 'Het formulier kon niet worden geladen. Rond de taak af in Tasklist.';
  });
})();

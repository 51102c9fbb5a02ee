/* Soundpath: "Copy link" buttons on the learner's credentials page. Without JavaScript the link stays in a
   read-only field that can be selected and copied by hand. */
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy'));
  var note = document.getElementById(button.getAttribute('data-copy') + '-note');
  field.focus();
  field.select();
  var done = function () { note.textContent = button.getAttribute('data-done'); };
  var manual = function () { note.textContent = button.getAttribute('data-manual'); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, manual);
  } else {
    manual();
  }
});

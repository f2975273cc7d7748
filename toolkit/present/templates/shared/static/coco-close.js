/* Let a closing page shut its kernel down, as Voilà means it to.
 *
 * On closing, Voilà's page asks the server to shut its kernel down (a beacon to
 * /voila/api/shutdown/<kernel>) with the _xsrf cookie's value as proof. Voilà never sets that
 * cookie, so the server refuses (403, voila-dashboards/voila#1458) and the kernel (~56 MB)
 * lives on until it is culled. Tornado's check is a double submit (the cookie and the form
 * field must match) and jupyter_server checks the request's Origin first, so a random cookie
 * of our own lets the check pass as designed without weakening it. An existing one is kept.
 */
(function () {
  'use strict';
  if (/(^|;\s*)_xsrf=/.test(document.cookie)) {
    return;
  }
  var bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  var token = Array.prototype.map.call(bytes, function (b) {
    return ('0' + b.toString(16)).slice(-2);
  }).join('');
  document.cookie = '_xsrf=' + token + '; path=/; SameSite=Strict';
})();

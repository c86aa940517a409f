"""A small client of INSEE's Melodi API on QGIS's own network stack (QgsBlockingNetworkRequest):
the user's proxy, authentication and SSL settings apply. It paces its requests (the API allows
about 30 a minute), retries a bounded number of times on 429 and 5xx answers and on time-outs,
honours cancel between requests and says every failure in French."""

import time

from qgis.core import QgsBlockingNetworkRequest, QgsProcessingException
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ...compat import NETWORK_NO_ERROR, NETWORK_TIMEOUT
from ...i18n import tr

STATUS = QNetworkRequest.Attribute.HttpStatusCodeAttribute
RETRIED = (429, 500, 502, 503, 504)
TIMED_OUT = (QNetworkReply.NetworkError.OperationCanceledError, QNetworkReply.NetworkError.TimeoutError)


class MelodiClient:
    """GET requests to Melodi: ``pause`` seconds at least between two requests, ``tries`` attempts,
    ``timeout`` seconds without data before a request is abandoned."""

    def __init__(self, feedback, pause=2.0, tries=3, timeout=60):
        self.feedback, self.pause, self.tries, self.timeout = feedback, pause, tries, timeout
        self.requests = 0
        self._last = None

    def _wait(self, seconds):
        """Sleep ``seconds`` in short steps so that a cancel is seen at once."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled"))
            time.sleep(min(0.1, max(0.0, end - time.monotonic())))

    def _request(self, url):
        if self._last is not None:
            self._wait(self.pause - (time.monotonic() - self._last))
        if self.feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled"))
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", b"application/json")
        request.setTransferTimeout(int(self.timeout * 1000))
        blocking = QgsBlockingNetworkRequest()
        code = blocking.get(request, True, self.feedback)
        self._last = time.monotonic()
        self.requests += 1
        reply = blocking.reply()
        status = reply.attribute(STATUS)
        body = bytes(reply.content()).decode("utf-8", "replace")
        if not status and reply.error() in TIMED_OUT and not self.feedback.isCanceled():
            code = NETWORK_TIMEOUT  # the transfer time-out abandons the request (QGIS says « no error »)
        return code, (int(status) if status else None), body, blocking.errorMessage()

    def get(self, url):
        """The body of a 200 answer to ``url``; a French QgsProcessingException otherwise."""
        for attempt in range(1, self.tries + 1):
            code, status, body, message = self._request(url)
            if self.feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled"))
            if code == NETWORK_NO_ERROR and status == 200:
                return body
            retried = status in RETRIED or (status is None and code == NETWORK_TIMEOUT)
            if retried and attempt < self.tries:
                delay = self.pause * 2**attempt
                self.feedback.pushInfo(
                    tr("Melodi answered {} ({}): new try in {:.0f} s").format(status or tr("no answer"), url, delay)
                )
                self._wait(delay)
                continue
            raise QgsProcessingException(self._failure(url, (code, status), body, message))
        raise QgsProcessingException(self._failure(url, (None, None), "", ""))  # never reached

    def _failure(self, url, answer, body, message):
        code, status = answer
        if status is None and code == NETWORK_TIMEOUT:
            return tr("The Melodi API does not answer ({} s without answer, {} tries): {}; try again later").format(
                int(self.timeout), self.tries, url
            )
        if status == 429:
            return tr(
                "The Melodi API refused too many requests ({}) even after {} tries: try again in a few minutes"
            ).format(url, self.tries)
        if status in (400, 404) or (status == 500 and "erreur inattendue" in body):
            return tr(
                "Melodi does not know this request ({}, answer {}): check the dataset id (catalogue: /catalog/all) "
                "and the filters"
            ).format(url, status)
        if status is not None:
            return tr("The Melodi API answered {} to {}: {}").format(status, url, body[:200])
        return tr(
            "The Melodi API cannot be reached ({}): {}. Check the network or the proxy in QGIS (Settings › Options "
            "› Network), or work offline from files already downloaded"
        ).format(url, message or tr("no answer"))

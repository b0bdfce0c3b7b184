#pragma once

#include "client/ApiError.h"

#include <QNetworkReply>

// A failed request in the operator's terms (unreachable, too slow, cut off, cancelled), the one
// mapping for every client of the network: the AEGIS server's and the grid operator's endpoint.
namespace NetworkFailure {

// Qt's own text is kept quoted beside it: it stays in English, as a server's words do.
ApiError error(QNetworkReply::NetworkError error, const QString &qtText);

} // namespace NetworkFailure

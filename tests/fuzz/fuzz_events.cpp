// SPDX-License-Identifier: MIT
// The event validator (engine/events: EventValidator, against one of the
// built-in templates or none) and the JSON locator it reports positions with.
#include "tests/fuzz/fuzzsupport.h"

#include "engine/events/eventcatalog.h"
#include "engine/events/eventvalidator.h"
#include "engine/events/jsonlocator.h"

using namespace Bullpen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<const EventTemplate *> templates = EventCatalog::builtin().allEvents();
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    // One template per input, chosen by its bytes (or none: the plain JSON checks).
    const quint32 pick = Fuzz::hashOf(payload) % quint32(templates.size() + 1);
    const EventTemplate *tmpl = pick < quint32(templates.size()) ? templates.at(pick) : nullptr;
    for (const ValidationIssue &issue : EventValidator::validate(payload, tmpl))
        (void)EventValidator::format(issue);

    // The locator on any text, valid JSON or not (it stops quietly on what is not).
    const JsonLocator locator(payload);
    for (auto it = locator.keyOrders().cbegin(); it != locator.keyOrders().cend(); ++it) {
        (void)locator.positionOf(it.key());
        for (const QString &key : it.value())
            (void)locator.positionOf(it.key().isEmpty() ? key : it.key() + u'.' + key);
    }
    (void)locator.positionOf(QStringLiteral("Records[0].s3.bucket.name"));
    (void)JsonLocator::lineColumn(payload, payload.size() / 2);
    return 0;
}

// SPDX-License-Identifier: MIT
#include "widgets/preferences/preferencesdialog.h"

#include "widgets/editor/syntaxrepository.h"

#include "engine/sandbox/backendregistry.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Bullpen {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_original(preferences)
    , m_backend(new QComboBox(this))
    , m_backendNote(new QLabel(this))
    , m_keepAlive(new QSpinBox(this))
    , m_accountLimit(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    // The registry knows the backends and whether each can run here; one that
    // cannot stays listed, disabled, with the reason as its tooltip.
    const QList<BackendInfo> backends = BackendRegistry::backends();
    for (const BackendInfo &backend : backends) {
        m_backend->addItem(backend.displayName, backend.id);
        if (!backend.available) {
            const int row = m_backend->count() - 1;
            if (auto *model = qobject_cast<QStandardItemModel *>(m_backend->model()))
                model->item(row)->setEnabled(false);
            m_backend->setItemData(row, tr("Not available here: %1").arg(backend.unavailableReason), Qt::ToolTipRole);
        }
    }
    m_backend->setCurrentIndex(qMax(0, m_backend->findData(preferences.backend)));
    m_backendNote->setWordWrap(true);
    m_backendNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateBackendNote);

    m_keepAlive->setRange(0, 24 * 60);
    m_keepAlive->setSuffix(tr(" min"));
    m_keepAlive->setSpecialValueText(tr("Stop after each invocation"));
    m_keepAlive->setValue(preferences.keepAliveMinutes);
    m_keepAlive->setToolTip(
        tr("How long an idle instance stays warm. Lambda keeps idle environments about 45 minutes."));

    m_accountLimit->setObjectName(QStringLiteral("accountConcurrencyLimit"));
    m_accountLimit->setRange(1, Preferences::MaxAccountConcurrency);
    m_accountLimit->setGroupSeparatorShown(true);
    m_accountLimit->setValue(preferences.accountConcurrencyLimit);
    m_accountLimit->setToolTip(tr("Concurrent invocations across all functions beyond this are refused with "
                                  "TooManyRequestsException (ConcurrentInvocationLimitExceeded). Lambda's default "
                                  "account limit is 1,000."));

    m_theme->addItem(tr("Automatic (follows light or dark)"), QString());
    const auto themes = syntaxRepository().themes();
    for (const auto &theme : themes)
        m_theme->addItem(theme.translatedName(), theme.name());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(preferences.editorTheme)));

    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(preferences.editorFont);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(preferences.editorFont.pointSize() > 0 ? preferences.editorFont.pointSize() : 10);

    auto *engine = new QGroupBox(tr("Engine"), this);
    auto *engineForm = new QFormLayout(engine);
    engineForm->addRow(tr("&Backend:"), m_backend);
    engineForm->addRow(QString(), m_backendNote);
    engineForm->addRow(tr("&Keep idle instances warm for:"), m_keepAlive);
    engineForm->addRow(tr("Account &concurrency limit:"), m_accountLimit);

    auto *editor = new QGroupBox(tr("Editor"), this);
    auto *editorForm = new QFormLayout(editor);
    editorForm->addRow(tr("&Theme:"), m_theme);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    // A layout row gets no buddy from QFormLayout: name it here, or "&" shows.
    auto *fontLabel = new QLabel(tr("&Font:"), this);
    fontLabel->setBuddy(m_font);
    editorForm->addRow(fontLabel, fontRow);

    // Each language named in itself, so that a user who cannot read the
    // current one still finds their own.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Polski"), QStringLiteral("pl"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    auto *window = new QGroupBox(tr("Window"), this);
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language is used when Bullpen starts again."), this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    windowForm->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(engine);
    layout->addWidget(editor);
    layout->addWidget(window);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateBackendNote();
    resize(520, sizeHint().height());
}

void PreferencesDialog::updateBackendNote()
{
    const QString backend = m_backend->currentData().toString();
    if (BackendRegistry::isolation(backend) == Isolation::None)
        m_backendNote->setText(tr("Runs the handler as a plain process of your user: it isolates nothing, "
                                  "enforces no memory limit and sees your whole file system. Use it only where "
                                  "containers cannot run."));
    else
        m_backendNote->setText(tr("Each instance runs in its own container with the function's memory limit, "
                                  "like Lambda's execution environments. Changing it stops the running instances."));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_original;
    p.backend = m_backend->currentData().toString();
    p.keepAliveMinutes = m_keepAlive->value();
    p.accountConcurrencyLimit = m_accountLimit->value();
    p.editorTheme = m_theme->currentData().toString();
    p.language = m_language->currentData().toString();
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    font.setStyleHint(QFont::Monospace);
    if (font.family() != m_original.editorFont.family() || font.pointSize() != m_original.editorFont.pointSize()) {
        p.editorFont = font;
        p.customFont = true;
    }
    return p;
}

} // namespace Bullpen

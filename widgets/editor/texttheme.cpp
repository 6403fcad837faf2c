// SPDX-License-Identifier: MIT
#include "widgets/editor/texttheme.h"

#include "widgets/editor/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QTextEdit>
#include <QWidget>

namespace Bullpen {

using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

TextTheme::TextTheme(QObject *parent)
    : QObject(parent)
{
    // Views attached or editors made while the repository loads in the
    // background keep the application's colours until then.
    connect(SyntaxRepository::instance(), &SyntaxRepository::ready, this, &TextTheme::changed);
}

TextTheme *TextTheme::instance()
{
    // Parented to the application, so that it goes before the GUI does.
    static TextTheme *theme = new TextTheme(qApp);
    return theme;
}

Theme TextTheme::theme() const
{
    if (!m_name.isEmpty()) {
        const Theme named = syntaxRepository().theme(m_name);
        if (named.isValid())
            return named;
    }
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
}

void TextTheme::setThemeName(const QString &name)
{
    // Following the palette needs no repository (none is waited for at start).
    const QString known = !name.isEmpty() && syntaxRepository().theme(name).isValid() ? name : QString();
    if (known == m_name)
        return;
    m_name = known;
    Q_EMIT changed();
}

bool TextTheme::isDark() const
{
    return QColor::fromRgba(theme().editorColor(Theme::BackgroundColor)).lightness() < 128;
}

QPalette TextTheme::palette() const
{
    const Theme current = theme();
    QPalette pal = QApplication::palette();
    // Only these roles are the theme's; the rest keep following the application.
    pal.setResolveMask(0);
    const QColor text = QColor::fromRgba(current.textColor(Theme::Normal));
    pal.setColor(QPalette::Base, QColor::fromRgba(current.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, text);
    pal.setColor(QPalette::PlaceholderText, QColor::fromRgba(current.editorColor(Theme::LineNumbers)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(current.editorColor(Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, text);
    // Links in the result's stack trace must stay readable on a dark base.
    pal.setColor(QPalette::Link, QColor::fromRgba(current.textColor(Theme::DataType)));
    pal.setColor(QPalette::LinkVisited, QColor::fromRgba(current.textColor(Theme::DataType)));
    return pal;
}

void TextTheme::apply(QWidget *view) const
{
    const QPalette pal = palette();
    view->setPalette(pal);
    // Rich text takes its link colour from the application palette when the
    // HTML is set; the style sheet makes the next HTML use the theme's.
    if (auto *rich = qobject_cast<QTextEdit *>(view))
        rich->document()->setDefaultStyleSheet(
            QStringLiteral("a { color: %1; }").arg(pal.color(QPalette::Link).name()));
}

void TextTheme::attach(QWidget *view)
{
    if (!SyntaxRepository::instance()->isLoading())
        apply(view);
    view->installEventFilter(this);
    connect(this, &TextTheme::changed, view, [this, view] { apply(view); });
}

bool TextTheme::eventFilter(QObject *watched, QEvent *event)
{
    // A new application palette reaches a view as ApplicationPaletteChange
    // (windows) or PaletteChange (from its parent); the view's own palette was
    // set here and would keep the old colours. Our own setPalette() is a
    // PaletteChange too: the colours then match and nothing is done.
    const QEvent::Type type = event->type();
    if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && watched->isWidgetType()
        && followsPalette() && !SyntaxRepository::instance()->isLoading()) {
        auto *view = static_cast<QWidget *>(watched);
        const QPalette wanted = palette();
        if (view->palette().color(QPalette::Base) != wanted.color(QPalette::Base)
            || view->palette().color(QPalette::Text) != wanted.color(QPalette::Text))
            apply(view);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Bullpen

package dev.faultline.export.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

/**
 * Writes text with the standard PDF fonts (Helvetica for sans-serif), as real, searchable text, and reuses one font
 * object per face. The library's own drawer makes a new font object for every string, and PDFBox then searches the
 * page's resources linearly for each: 10,000 labels took half a minute and tripled the file. Strings the standard
 * fonts cannot encode are drawn as outlines (see {@link #canDrawText}).
 */
final class CachedStandardFonts extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
    private final Map<Standard14Fonts.FontName, PDFont> fonts = new EnumMap<>(Standard14Fonts.FontName.class);

    /**
     * Text the standard fonts cannot encode (CJK, emoji...) is refused here, so the bridge draws that one string as
     * outlines instead of failing half-way through a PDF text object.
     */
    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) text.append(c);
        iterator.first();
        try {
            mapFont(env.getFont(), env).encode(text.toString());
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
        return super.canDrawText(iterator, env);
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        Standard14Fonts.FontName name = mapDefaultFonts(font);
        if (name == null) return super.mapFont(font, env);
        return fonts.computeIfAbsent(name, PDType1Font::new);
    }
}

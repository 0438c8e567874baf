package org.cellpath.platform.privacy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import org.cellpath.platform.framework.SkillCategory;
import org.cellpath.platform.identity.User;
import org.cellpath.platform.privacy.LearningAccountData.AttainmentRecord;
import org.cellpath.platform.privacy.LearningAccountData.EvidenceRecord;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A readable PDF transcript of a learning account: who, when, and every attained outcome with its
 * code, statement, EQF level and evidence, grouped by skill category, headed in the learner's
 * language, with page numbers.
 */
@Component
class Transcript {

	private static final Color RULE = new Color(0x99, 0x99, 0x99);

	private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

	private final LearningAccountData learningAccount;

	private final MessageSource messages;

	private final Clock clock;

	Transcript(LearningAccountData learningAccount, MessageSource messages, Clock clock) {
		this.learningAccount = learningAccount;
		this.messages = messages;
		this.clock = clock;
	}

	/** The learner's transcript as PDF bytes. */
	byte[] of(User learner, Locale locale) {
		List<AttainmentRecord> attainments = this.learningAccount.attainments(learner.getId());
		Fonts fonts = Fonts.make();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 60);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle(text(locale, "privacy.transcript.title"));
			document.addCreator("Cellpath");
			document.open();
			document.add(new Paragraph(text(locale, "privacy.transcript.title"), fonts.title));
			String name = (learner.getDisplayName() != null) ? learner.getDisplayName() : learner.getUsername();
			document.add(new Paragraph(text(locale, "privacy.transcript.learner", name), fonts.body));
			document.add(new Paragraph(text(locale, "privacy.transcript.date", dates.format(this.clock.instant())),
					fonts.body));
			document.add(new Paragraph(text(locale, "privacy.transcript.count", attainments.size()), fonts.body));
			if (attainments.isEmpty()) {
				document.add(spaced(new Paragraph(text(locale, "privacy.transcript.empty"), fonts.body)));
			}
			for (SkillCategory category : SkillCategory.values()) {
				List<AttainmentRecord> inCategory = attainments.stream()
					.filter((attainment) -> attainment.skillCategory() == category)
					.toList();
				if (!inCategory.isEmpty()) {
					document.add(spaced(new Paragraph(text(locale, "privacy.category." + category), fonts.heading)));
					document.add(table(inCategory, locale, dates, fonts));
				}
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not write the transcript", ex);
		}
		return numbered(pdf.toByteArray(), locale, fonts);
	}

	private PdfPTable table(List<AttainmentRecord> attainments, Locale locale, DateTimeFormatter dates, Fonts fonts)
			throws DocumentException {
		PdfPTable table = new PdfPTable(new float[] { 20, 37, 6, 37 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(6);
		for (String key : List.of("privacy.transcript.code", "privacy.transcript.outcome", "privacy.transcript.eqf",
				"privacy.transcript.evidence")) {
			PdfPCell cell = cell(new Phrase(text(locale, key), fonts.bold));
			cell.setBackgroundColor(SHADE);
			table.addCell(cell);
		}
		for (AttainmentRecord attainment : attainments) {
			table.addCell(cell(new Phrase(attainment.outcomeCode(), fonts.bold)));
			Phrase outcome = new Phrase(attainment.outcomeStatement() + "\n", fonts.body);
			outcome.add(new Phrase(text(locale, "privacy.transcript.attainedOn",
					dates.format(attainment.attainedAt())), fonts.small));
			table.addCell(cell(outcome));
			PdfPCell eqf = cell(new Phrase(String.valueOf(attainment.eqfLevel()), fonts.body));
			eqf.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(eqf);
			table.addCell(cell(new Phrase(attainment.evidence()
				.stream()
				.map((evidence) -> evidence(evidence, locale, dates))
				.collect(Collectors.joining("\n")), fonts.small)));
		}
		return table;
	}

	private String evidence(EvidenceRecord evidence, Locale locale, DateTimeFormatter dates) {
		return text(locale, "privacy.transcript.evidenceLine", text(locale, "privacy.evidence." + evidence.type()),
				evidence.source(), dates.format(evidence.recordedAt()));
	}

	/** Stamps "page n of m" at the foot of every page, now that the number of pages is known. */
	private byte[] numbered(byte[] pdf, Locale locale, Fonts fonts) {
		try {
			PdfReader reader = new PdfReader(pdf);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfStamper stamper = new PdfStamper(reader, out);
			int pages = reader.getNumberOfPages();
			for (int page = 1; page <= pages; page++) {
				PdfContentByte over = stamper.getOverContent(page);
				float centre = (reader.getPageSize(page).getLeft() + reader.getPageSize(page).getRight()) / 2;
				ColumnText.showTextAligned(over, Element.ALIGN_CENTER,
						new Phrase(text(locale, "privacy.transcript.page", page, pages), fonts.small), centre, 30, 0);
			}
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not number the transcript's pages", ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not number the transcript's pages", ex);
		}
	}

	private String text(Locale locale, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private static PdfPCell cell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setPadding(4);
		cell.setBorderColor(RULE);
		return cell;
	}

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingBefore(14);
		return paragraph;
	}

	/** Helvetica in Windows-1252, which holds every letter of English, Swedish and Finnish. */
	private record Fonts(Font title, Font heading, Font body, Font bold, Font small) {

		static Fonts make() {
			try {
				BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
				BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
				return new Fonts(new Font(bold, 18), new Font(bold, 13), new Font(regular, 10), new Font(bold, 10),
						new Font(regular, 8));
			}
			catch (DocumentException | IOException ex) {
				throw new IllegalStateException("The standard PDF fonts are always there", ex);
			}
		}

	}

}

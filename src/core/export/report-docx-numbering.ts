import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

export const numberingReferences = { statutory: 'statutory-sections', appendix: 'appendix-sections', bullets: 'bullets', ordered: 'ordered' } as const;

const hanging = (left: number) => ({ paragraph: { indent: { left, hanging: 720 } } });

/**
 * Word's multi-level numbering for the report: level 1 numbers the section headings (1 … 7, or
 * A, B … for appendices), level 2 the body paragraphs within them (3.1, 3.2 …, A.1 …). Word
 * restarts level 2 at each heading, so the numbers stay live as the panel edits.
 */
export const reportNumbering: INumberingOptions = {
  config: [
    {
      reference: numberingReferences.statutory,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: hanging(720) },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: hanging(720) },
      ],
    },
    {
      reference: numberingReferences.appendix,
      levels: [
        { level: 0, format: LevelFormat.UPPER_LETTER, text: 'Appendix %1.', alignment: AlignmentType.LEFT, style: hanging(0) },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: hanging(720) },
      ],
    },
    {
      reference: numberingReferences.bullets,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level % 2 === 0 ? '\u2022' : '\u2013',
        alignment: AlignmentType.LEFT,
        style: hanging(1080 + level * 360),
      })),
    },
    {
      reference: numberingReferences.ordered,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: hanging(1080 + level * 360),
      })),
    },
  ],
};

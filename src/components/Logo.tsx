/**
 * Inline logo of "Peter ruft Paul": Philipp Melanchthon with the Brettener Hundle
 * inside a video-call speech bubble. Same artwork as public/logo.svg, inlined so it
 * paints together with the HTML. No inline styles (strict CSP), no ids.
 */
export function Logo({ title, className }: { title: string; className?: string }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 200"
      role="img"
      aria-label={title}
      focusable="false"
      className={className}
    >
      {/* screen */}
      <rect x="20" y="20" width="160" height="140" rx="18" fill="#FFF8EC" />
      {/* Melanchthon */}
      <g stroke="#1F2933" strokeWidth="3" strokeLinejoin="round" strokeLinecap="round">
        {/* gown with gold trim */}
        <path
          d="M70 100C50 104 36 118 30 140L26 166H124L120 140C116 122 108 108 96 102Z"
          fill="#1F2933"
        />
        <path d="M104 112C110 126 112 146 112 164" fill="none" stroke="#E0A526" strokeWidth="4" />
        {/* white collar */}
        <path d="M64 102C72 116 98 120 108 108L100 98 70 96Z" fill="#FFF" />
        {/* head, tilted down towards the dog */}
        <g transform="rotate(7 80 98)">
          <path
            d="M62 56C58 70 60 86 68 96 74 102 86 104 94 100L103 92 104 86C104 85 110 84 110 81 108 76 104 72 100 69 101 67 101 64 99 62L98 54Z"
            fill="#F2C6A0"
          />
          <path d="M61 58C58 70 60 80 64 88 68 84 70 76 70 66V58Z" fill="#8C6A4F" />
          <ellipse cx="75" cy="71" rx="4" ry="6" fill="#F2C6A0" />
          {/* beard */}
          <path
            d="M81 72C78 86 80 102 86 114 90 122 96 128 102 138 106 124 108 106 106 92 107 90 106 87 104 86 98 86 93 84 90 80 87 77 84 75 81 72Z"
            fill="#8C6A4F"
          />
          <path
            d="M95 102C95 112 97 122 101 130M88 96C88 106 90 114 94 122M99 91 104 90"
            fill="none"
            strokeWidth="2"
          />
          {/* scholar's cap */}
          <path d="M60 60V50L100 48V58Z" fill="#1F2933" />
          <ellipse cx="78" cy="44" rx="36" ry="10" transform="rotate(-6 78 44)" fill="#1F2933" />
          {/* eye, brow */}
          <circle cx="95" cy="68" r="1.8" fill="#1F2933" />
          <path d="M90 63 98 62" fill="none" strokeWidth="2.5" />
        </g>
      </g>
      {/* Brettener Hundle */}
      <g stroke="#1F2933" strokeWidth="3" strokeLinejoin="round" strokeLinecap="round">
        {/* tail, body, chest, legs */}
        <path d="M162 140C174 138 180 126 176 114 172 116 170 126 162 130Z" fill="#E0A526" />
        <path
          d="M138 112C128 118 124 130 124 144V156H168C170 140 166 124 152 114Z"
          fill="#E0A526"
        />
        <path d="M132 118C127 126 127 136 131 142 135 134 137 124 138 116" fill="#FFF8EC" />
        <path d="M150 156C146 144 150 134 160 134M134 140V156" fill="none" />
        {/* collar with tag */}
        <path
          d="M136 110C142 116 150 116 156 110L157 116C150 122 142 122 135 116Z"
          fill="#B3202A"
        />
        <circle cx="146" cy="121" r="3" fill="#E0A526" strokeWidth="2" />
        {/* head, looking up */}
        <g transform="rotate(-26 144 104)">
          <path
            d="M156 104C156 94 148 90 140 92 136 93 133 94 130 94 124 93 121 96 122 99 123 104 128 106 133 107 135 113 140 116 146 115 152 114 156 110 156 104Z"
            fill="#E0A526"
          />
          <path d="M130 106C129 111 133 113 135 108" fill="#E8707A" strokeWidth="2" />
          <path
            d="M148 93C156 92 161 100 159 110 158 116 151 116 150 110 150 104 146 100 148 93Z"
            fill="#9A5B1E"
          />
          <circle cx="139" cy="99" r="2.2" fill="#1F2933" />
          <circle cx="122.5" cy="97" r="2.5" fill="#1F2933" />
        </g>
      </g>
      {/* frame: speech bubble around the screen, camera dot */}
      <path
        fill="#B3202A"
        fillRule="evenodd"
        d="M36 6H164A30 30 0 0 1 194 36V146A30 30 0 0 1 164 176H70L40 196 46 176H36A30 30 0 0 1 6 146V36A30 30 0 0 1 36 6ZM38 20A18 18 0 0 0 20 38V142A18 18 0 0 0 38 160H162A18 18 0 0 0 180 142V38A18 18 0 0 0 162 20Z"
      />
      <circle cx="100" cy="13" r="3.5" fill="#E0A526" />
    </svg>
  );
}

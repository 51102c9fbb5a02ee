-- Soundpath seed: the two career tracks, the shared skill map, career facts, salary figures as the source
-- article reported them, and the shared foundation course (201) with its lessons.
-- Ids: tracks 1-2, skills 101-110, courses 201, lessons 2011-2015, track facts 501-599, salary figures 601-699.

INSERT INTO track (id, slug, title, tagline, overview_md, week_md, position) VALUES
    (1, 'producer', 'Music producer', 'Guide songs from first idea to finished record by shaping the writing, the arrangement, the recording and the mix alongside the artist.', 'A music producer guides a song or an album from its first rough idea to the finished record. Think of the job as part creative director and part project manager: the producer works out with the artist what the music should sound like, then makes sure the recording actually gets there.

## What the work involves

- **Pre-production.** Before anyone records, the producer sits down with the artist to tighten the songs: a stronger hook, a different chord under the chorus, a tempo that feels better. They may also choose session players or plan extra instruments.
- **Songwriting and arrangement.** Producers help decide which songs make the record and how each one is built: which instruments play where, when the drums drop out, how the last chorus lifts.
- **Overseeing recording.** In the studio the producer listens for the take with the right feel, coaches the performers and keeps the session moving. Often a sound engineer runs the equipment while the producer concentrates on the performance, though many producers engineer their own sessions too.
- **Overseeing mixing.** The producer shapes the final balance, either mixing personally or giving notes to a mix engineer, until all the parts sound like one record.
- **Guiding artists.** A large part of the job is people work: understanding what an artist hears in their head, giving honest feedback kindly, and keeping everyone focused on the same goal.

## What it takes

Producers rely on musical knowledge (theory, chords, melody and harmony) plus solid recording and mixing skills in a DAW. Good communication matters just as much, along with organisation, meeting deadlines and keeping up with new sounds and tools.

## Where producers work

You will find producers in recording studios, working on soundtracks for film and TV, on staff at record labels, or freelancing on their own. The role overlaps with sound engineering, and plenty of people do both, switching roles as a project moves along.', '*This is an illustration, not survey data: one plausible week for a freelance producer in the middle of an album. Real weeks vary a lot with the project, the budget and whether the producer also engineers.*

- **Monday: pre-production.** Listen through the artist''s new demos and meet to pick which songs go forward. Try one song a few beats per minute faster and a simpler chord under another chorus. Write down the key and tempo of each song.
- **Tuesday: arrangement.** Sketch arrangements in the DAW and program guide drums. Book a session bassist and a string player for later in the week and send them rough charts.
- **Wednesday: tracking.** A full day in the studio with an engineer: drums and bass in the morning, guide vocals after lunch. Most of the day is listening, encouraging, picking takes and watching the clock.
- **Thursday: overdubs and vocals.** Strings in the morning, lead vocal in the afternoon with regular breaks so the singer''s voice stays fresh. Keep notes on which lines to combine into the final vocal.
- **Friday: mix notes and admin.** Review the mix engineer''s first pass of last month''s single and send specific notes, such as "lead vocal up a touch in verse two". Answer emails, check the budget, send invoices and follow up a lead for next month.

Long days are common around sessions, and some weeks have no studio time at all. Those weeks go on writing, meeting people and catching up on new music and tools.', 1),
    (2, 'engineer', 'Sound engineer', 'Capture, shape and deliver clean, dependable sound in the studio, on stage and in post-production.', 'A sound engineer looks after the technical side of sound: capturing it cleanly, shaping it and delivering it, whether that means a recording that will be released or a loudspeaker system in front of a crowd. Where a producer asks "is this the right performance?", the engineer asks "is this sound as clear and dependable as it can be?"

## What the work involves

- **Setting up and running equipment.** Engineers choose and place microphones, run cables, and connect and operate mixing consoles, amplifiers and speakers. They check that every piece works and is set up correctly before anyone plays a note.
- **Live sound reinforcement.** At concerts and events the engineer mixes what the audience hears, keeping every part clear and balanced in the room, and works with the performers on what they hear on stage.
- **Recording.** In the studio the engineer handles microphones, levels and the DAW so each take is captured cleanly, leaving the artist and producer free to focus on the music.
- **Editing and post-production.** After the session, engineers tidy the recordings: joining the best takes, removing noise and clicks, and helping with mixing and mastering.
- **Troubleshooting.** Hum, a dead cable, feedback, a computer that freezes: engineers find the cause and fix it fast, often while a band, a client or an audience waits.

## What it takes

Sound engineers need a strong technical grounding in how audio gear, room acoustics and signal processing work, and fluency with consoles, microphones and DAWs such as Pro Tools. Just as important are a sharp ear for detail, patience with small details and a calm head when something breaks at the worst moment.

## Where engineers work

You will find engineers in recording studios, live sound, broadcast media, post-production companies, film and television, and theatre. Some specialise further, for example in radio production or in sound design for video games.', '*This is an illustration, not survey data: one possible week for an engineer on staff at a small studio who also takes live jobs. Many engineers do only one of these kinds of work.*

- **Monday: maintenance and preparation.** Test cables and microphones, fix a crackling patch point and update the studio computer. Build a session template and an input list for tomorrow''s band.
- **Tuesday: recording.** Place microphones around the drum kit, check that the kick and overhead mics are not fighting each other in phase, and set the gain on every channel. Run the session while the producer works with the band, then label and back up every take before going home.
- **Wednesday: editing.** Tighten the drum timing, combine the best vocal takes, remove clicks and stray breaths, and clean background noise out of a podcast recorded for a client.
- **Thursday: post-production.** Edit the dialogue for a short video: even out levels, reduce hum from a fridge, fill gaps with room tone, and deliver files at the loudness the client asked for.
- **Friday: live show.** Afternoon load-in at a venue: set up the PA and the stage monitors, check each input, tame feedback in the wedges, soundcheck with the band, mix the show, then pack up late at night.

Evening and weekend work is normal in live sound, and studio days run long when a session overruns. The common thread is preparation: most problems get solved before the first note is played.', 2);

INSERT INTO skill (id, slug, name, description) VALUES
    (101, 'signal-flow', 'Signal flow and gain staging', 'Knowing the path audio takes from the source to the speaker, and setting a sensible level at every point along it so the sound stays clear of noise and never clips.'),
    (102, 'critical-listening', 'Critical listening', 'Hearing what is really happening in a sound, such as balance, tone, space, noise and distortion, and describing it in words other people understand.'),
    (103, 'daw-recording-mixing', 'Recording and mixing in a DAW', 'Capturing performances and blending tracks into a finished mix in software such as Pro Tools, Logic Pro or Ableton Live. Producers and engineers both do this every working week.'),
    (104, 'theory-composition', 'Music theory and composition', 'Understanding keys, chords, melody and harmony well enough to suggest changes and write parts. It includes reading and writing basic notation.'),
    (105, 'songwriting-arrangement', 'Songwriting and arrangement', 'Shaping a song''s structure, hooks and parts, and deciding which instruments play when, so the song lands as strongly as it can.'),
    (106, 'communication-collaboration', 'Communication and collaboration', 'Understanding what artists and colleagues want, giving clear and tactful feedback, and keeping a team working toward the same sound.'),
    (107, 'recording-editing', 'Recording and editing', 'Placing microphones and capturing clean takes, then editing them by cutting, combining and removing noise and clicks so the recording is ready to mix.'),
    (108, 'live-mixing', 'Sound reinforcement and live mixing', 'Setting up and running PA and stage monitor systems, and mixing a live performance so the audience hears a clear, balanced sound.'),
    (109, 'troubleshooting', 'Problem-solving and troubleshooting', 'Finding and fixing technical faults quickly and calmly, from hum and dead cables to feedback and frozen software, often in the middle of a session or show.'),
    (110, 'equipment-setup', 'Setting up and running equipment', 'Choosing, connecting and operating microphones, consoles, amplifiers and speakers, and checking that everything works before the session or show begins.');

INSERT INTO skill_track (skill_id, track_id) VALUES
    (101, 1),
    (101, 2),
    (102, 1),
    (102, 2),
    (103, 1),
    (103, 2),
    (104, 1),
    (105, 1),
    (106, 1),
    (106, 2),
    (107, 2),
    (108, 2),
    (109, 2),
    (110, 2);

INSERT INTO track_fact (id, track_id, kind, position, title, body) VALUES
    (501, 1, 'RESPONSIBILITY', 1, 'Pre-production', 'Before recording starts, works through each song with the artist and suggests changes to lyrics, melodies or chords. Also plans any session players or extra instruments the songs need.'),
    (502, 1, 'RESPONSIBILITY', 2, 'Songwriting and arrangement', 'Helps choose the songs for a project and decides how each one is built: which instruments play, where sections begin and end, and how the song grows.'),
    (503, 1, 'RESPONSIBILITY', 3, 'Overseeing recording', 'Makes sure performances are captured well in the studio, listening for feel as much as accuracy and choosing the takes that work best.'),
    (504, 1, 'RESPONSIBILITY', 4, 'Overseeing mixing', 'Guides the mix until the separate tracks balance and sound like one coherent record, either mixing personally or giving notes to a mix engineer.'),
    (505, 1, 'RESPONSIBILITY', 5, 'Guiding artists and musicians', 'Helps performers do their best work with clear, encouraging direction, and keeps the whole project true to the artist''s vision.'),
    (506, 1, 'RESPONSIBILITY', 6, 'Running the project', 'Keeps the schedule, the budget and the deadlines on track from the first demo to the final mix.'),
    (507, 1, 'WORKPLACE', 1, 'Recording studios', 'The classic base: producing artists and bands in commercial studios or smaller project studios.'),
    (508, 1, 'WORKPLACE', 2, 'Film and television soundtracks', 'Producing music made to sit under pictures, where it has to fit scenes, timings and a director''s brief.'),
    (509, 1, 'WORKPLACE', 3, 'Freelance', 'Working project by project with different artists and genres, and finding the next job yourself.'),
    (510, 1, 'WORKPLACE', 4, 'Record labels', 'Employed by a label to produce releases for the artists it has signed.'),
    (511, 1, 'WORKPLACE', 5, 'Working independently', 'Running your own productions, often from a home or project studio, and releasing or pitching the results yourself.'),
    (512, 1, 'CAREER_PATH', 1, 'Starting out', 'Many producers begin by making their own tracks in a DAW, or by assisting in a studio to learn how sessions run before they lead one.'),
    (513, 1, 'CAREER_PATH', 2, 'Producer and engineer', 'The two roles overlap, and many people switch between producing and engineering as a project moves from stage to stage. Being able to record and mix your own sessions widens the work you can take on.'),
    (514, 1, 'CAREER_PATH', 3, 'Going freelance', 'With a body of finished work and a network of contacts, many producers go freelance and choose projects across different artists and genres.'),
    (515, 1, 'CAREER_PATH', 4, 'Joining a label', 'Some producers take a staff role at a record label, producing releases for the label''s artists.'),
    (516, 1, 'CAREER_PATH', 5, 'Music for film and television', 'Others move toward soundtrack work, where the music serves a story and the deadlines are set by the production.'),
    (517, 1, 'FIT', 1, 'You enjoy creative direction', 'You like deciding how a song should feel and sound, and you want to see a project through from the first idea to the finished record.'),
    (518, 1, 'FIT', 2, 'You have musical knowledge', 'You know, or are keen to learn, theory, chords and melody, and you can tell when a part is not helping the song.'),
    (519, 1, 'FIT', 3, 'You like working with people', 'You enjoy collaborating, can give honest feedback kindly, and can help someone give their best performance.'),
    (520, 1, 'FIT', 4, 'You can organise and juggle', 'You are comfortable managing schedules, budgets and several deadlines at the same time.'),
    (521, 1, 'FIT', 5, 'The careers appeal to you', 'You picture yourself producing in studios, making music for screen, working for a label, or freelancing on your own projects.'),
    (522, 2, 'RESPONSIBILITY', 1, 'Setting up and running equipment', 'Sets up mixing consoles, microphones, amplifiers and speakers, and makes sure each piece works and is adjusted correctly before the session or show.'),
    (523, 2, 'RESPONSIBILITY', 2, 'Live sound reinforcement', 'At live performances, controls the levels so the music reaches the audience balanced and clear, and helps performers get the sound they need on stage.'),
    (524, 2, 'RESPONSIBILITY', 3, 'Recording', 'In the studio, handles the technical side of capturing audio, from microphone choice and placement to levels and the DAW, so every take is clean.'),
    (525, 2, 'RESPONSIBILITY', 4, 'Editing and post-production', 'After recording, edits and cleans the audio, removes unwanted noise, and helps with mixing and mastering.'),
    (526, 2, 'RESPONSIBILITY', 5, 'Troubleshooting', 'Tracks down and fixes technical faults as they happen, often with an audience or a client waiting.'),
    (527, 2, 'WORKPLACE', 1, 'Recording studios', 'Recording and editing music sessions, often side by side with producers and artists.'),
    (528, 2, 'WORKPLACE', 2, 'Live sound and concerts', 'Running PA and monitor systems for concerts, festivals and other events.'),
    (529, 2, 'WORKPLACE', 3, 'Broadcast media', 'Keeping sound clean and reliable for television and radio broadcasters, often while on air.'),
    (530, 2, 'WORKPLACE', 4, 'Post-production companies', 'Editing, cleaning and mixing sound after it has been recorded, for music, video and other media.'),
    (531, 2, 'WORKPLACE', 5, 'Film and television', 'Capturing and finishing sound for screen productions, from dialogue on set to the final mix.'),
    (532, 2, 'WORKPLACE', 6, 'Theatre', 'Running sound for stage shows: microphones for performers plus music and effects cues, night after night.'),
    (533, 2, 'WORKPLACE', 7, 'Radio production', 'Recording, editing and mixing speech and music for radio programmes.'),
    (534, 2, 'WORKPLACE', 8, 'Sound design for video games', 'Creating the sounds players hear in a game, from footsteps to the atmosphere of a whole level.'),
    (535, 2, 'CAREER_PATH', 1, 'Starting out', 'A common route in is assisting: helping out in a studio, or joining a live crew to carry gear, run cables and learn from experienced engineers.'),
    (536, 2, 'CAREER_PATH', 2, 'Specialising in radio or broadcast', 'Some engineers focus on radio production or broadcast work, where clear speech, reliability and live deadlines matter most.'),
    (537, 2, 'CAREER_PATH', 3, 'Sound design for video games', 'Others specialise in game audio, designing and shaping the sounds players hear as they play.'),
    (538, 2, 'CAREER_PATH', 4, 'Film, television and post-production', 'Editing and mixing sound for the screen is another specialism, built on strong editing and post-production skills.'),
    (539, 2, 'CAREER_PATH', 5, 'Moving toward production', 'Engineers often contribute creative ideas in sessions, and many people in the industry take on both roles, engineering one part of a project and producing another.'),
    (540, 2, 'FIT', 1, 'You enjoy the technical side', 'You like setting up gear, understanding how it works and getting it running properly.'),
    (541, 2, 'FIT', 2, 'You have a keen ear for detail', 'You notice a faint hum, a harsh frequency or a level that is slightly off, and you want to fix it.'),
    (542, 2, 'FIT', 3, 'You stay calm under pressure', 'You can solve problems quickly and methodically while a show or a session carries on around you.'),
    (543, 2, 'FIT', 4, 'You are at home with audio software', 'You are comfortable learning DAWs like Ableton Live or Pro Tools and the signal processing inside them.'),
    (544, 2, 'FIT', 5, 'The workplaces appeal to you', 'You picture yourself in studios, at concerts, in broadcast or post-production, in theatre, or making sound for games.');

INSERT INTO salary_figure (id, track_id, position, measure, amount_low, amount_high, currency, region, source, source_note, recorded_on) VALUES
    (601, 1, 1, 'Median annual salary', 50500, NULL, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year or survey for this figure and calls it an approximate US median. It says pay varies with location, industry demand, experience, specialisation and reputation. The article''s median table and its average-range table come from different, unnamed bases, so do not compare one with the other.', DATE '2026-11-24'),
    (602, 1, 2, 'Average annual salary range', 55000, 130000, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year, survey or basis for this average range; treat it as approximate. It says pay varies with location, experience, specialisation and reputation. The range comes from a different, unnamed base than the article''s median figure, so do not compare the two.', DATE '2026-11-24'),
    (603, 2, 1, 'Median annual salary', 50150, NULL, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year or survey for this figure and calls it an approximate US median. It says pay varies with location, industry demand, experience, specialisation and reputation. The article''s median table and its average-range table come from different, unnamed bases, so do not compare one with the other.', DATE '2026-11-24'),
    (604, 2, 2, 'Average annual salary range', 44000, 104000, 'USD', 'United States', 'Career-comparison article "Music Producer vs. Sound Engineer" (supplied with Soundpath as its source text)', 'The article gives no year, survey or basis for this average range; treat it as approximate. It says pay varies with location, experience, specialisation and reputation. The range comes from a different, unnamed base than the article''s median figure, so do not compare the two.', DATE '2026-11-24');

INSERT INTO course (id, slug, title, summary, foundation) VALUES
    (201, 'audio-foundations', 'Audio foundations: signal flow, gain and the DAW', 'The groundwork for every audio career: what sound is and how it is measured, how it travels through a chain of equipment, how to set levels that stay clean, and how to find your way around a DAW and your monitors. Music producers and sound engineers both rely on these basics every working day, so this course comes first in both tracks.', TRUE);

INSERT INTO track_course (track_id, course_id, position) VALUES
    (1, 201, 1),
    (2, 201, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2011, 201, 'what-sound-is-frequency-amplitude-decibels', 'What sound is: frequency, amplitude and decibels', 'Learn what a sound wave is, how frequency and amplitude shape what we hear, and why dB SPL and dBFS are two different scales.', 'Every recording, mix and live show starts with the same raw material: air moving back and forth. The words you will hear every day in a studio, such as hertz, decibels and dBFS, all describe that movement, so it pays to understand them first.

## Sound is a pressure wave

When a guitar string or a speaker cone vibrates, it squeezes the air next to it and then lets it spread out again. Those small changes in air pressure travel outward at roughly 343 metres per second in room-temperature air until they reach your eardrum or a microphone. The air itself barely moves; the wave travels.

Two properties of the wave matter most:

- **Frequency** is how many pressure cycles pass each second, measured in hertz (Hz). A bass guitar''s lowest note is about 41 Hz; cymbal sizzle reaches past 10,000 Hz. We hear frequency as pitch. Young, healthy ears cover roughly 20 Hz to 20,000 Hz (20 kHz), and the top of that range shrinks with age and with noise exposure.
- **Amplitude** is how large the pressure swings are. We hear amplitude as loudness, although the ear is most sensitive in the middle of its range, around 2 to 5 kHz, so a very low or very high tone at the same amplitude sounds quieter.

Frequency also sets the length of each wave: the speed of sound divided by the frequency. A 100 Hz wave is about 3.4 metres long and a 10 kHz wave about 3.4 centimetres, which is why thin foam panels tame treble but do almost nothing to bass.

## Why we use decibels

The ear copes with an enormous range: the loudest sounds we can bear carry about a million times the pressure of the faintest sounds we can detect. Decibels (dB) squeeze that range into manageable numbers using a logarithmic scale. Useful rules of thumb:

- +6 dB doubles the amplitude (pressure or voltage).
- +3 dB doubles the power.
- About +10 dB is heard as roughly "twice as loud".
- A change of 1 dB is close to the smallest difference most people notice in music.

A decibel always compares a level with a reference, so it usually carries a suffix naming that reference.

## dB SPL versus dBFS

| Scale | What it measures | What 0 means | Typical values |
|---|---|---|---|
| dB SPL | Sound pressure in the air | The threshold of hearing | Quiet room 30 to 40, conversation about 60, loud concert over 100 |
| dBFS | Level of a digital signal | The largest value the system can store | Always zero or below: -18, -6, -1 |

dB SPL (sound pressure level) is what a sound level meter reads in a room. dBFS (decibels relative to full scale) is what your DAW meters show. At 0 dBFS the converter runs out of numbers; anything louder is clipped, its peaks cut flat, which sounds harsh. That is why digital meters count down from zero instead of up.

The two scales have no fixed link: how loud -18 dBFS sounds depends on your volume knob, amplifier and speakers.

Protect your ears, your main tool: hours of exposure above about 85 dB SPL can permanently damage hearing.

## Try it

1. Open a free tone generator app or the tone generator in Audacity. With headphones at a low volume, play sine tones at 100 Hz, 1 kHz, 5 kHz, 10 kHz, 14 kHz and 17 kHz. Note where the sound disappears for you.
2. Generate a 1 kHz tone, copy it, and lower the copy by 6 dB, then by 1 dB. Can you hear each change?
3. With a free sound level meter app, measure a quiet room, a normal conversation and a running tap. Phone readings are rough, but fine for comparing.', 14, 1),
    (2012, 201, 'signal-flow-from-source-to-speaker', 'Signal flow: from source to speaker', 'Follow audio through microphone, preamp, converter, DAW, amplifier and speaker, and use that route to find faults fast.', 'Signal flow is the route audio takes from where it starts to where you hear it. Knowing that route is the most useful habit in audio: when something is silent, distorted or noisy, you find the problem by walking along the chain one step at a time. It works the same for a laptop and headphones as for a festival stage.

## A typical recording chain

1. **Source:** a voice, an acoustic instrument, or an electronic one such as a synth.
2. **Microphone:** a transducer that turns changes in air pressure into a tiny electrical voltage. A guitar pickup does the same job for strings.
3. **Preamp:** raises that small signal to a working level. This is where the gain knob lives.
4. **Analogue-to-digital converter:** measures the voltage many thousands of times a second and turns it into numbers. The preamp and the converter usually live together in an audio interface.
5. **DAW:** records, edits, processes and mixes the numbers.
6. **Digital-to-analogue converter:** turns the numbers back into a voltage.
7. **Amplifier:** gives the signal enough power to move a speaker. Active monitors and headphone outputs have one built in.
8. **Speaker or headphones:** a transducer again, turning voltage back into moving air.

A live chain is similar, with a mixing console in place of the DAW, PA amplifiers and speakers at the end, and monitor feeds back to the performers.

## Signal levels

| Level | Roughly | Where you meet it |
|---|---|---|
| Mic level | A few thousandths of a volt | Microphone outputs |
| Instrument level | Between mic and line level | Electric guitar and bass pickups |
| Line level | Roughly 0.3 to 1.2 volts | Interface outputs, keyboards, mixers, processors |
| Speaker level | Many volts, with real power | Amplifier outputs to passive speakers |

Mismatched levels cause many everyday problems. A microphone plugged into a line input sounds faint and noisy once you turn it up. A line output fed into a microphone input distorts. A guitar needs an instrument (Hi-Z) input or a DI box, or it sounds thin and dull. Never connect an amplifier''s speaker output to anything except a speaker.

## Balanced and unbalanced cables

Unbalanced cables (guitar jack leads, RCA phono leads) carry the signal on one conductor inside a shield. Over long runs they pick up hum and buzz, so keep them to a few metres. Balanced cables (XLR, and TRS jacks on balanced gear) carry two copies of the signal, one flipped in polarity. At the far end the copy is flipped back and the two are combined: the audio adds up, while noise picked up equally on both conductors cancels out. That is why microphones and long stage runs use XLR.

## Finding faults by following the flow

When there is no sound, start at the source and work forward, checking one stage at a time:

- Is the source actually making sound? Does a condenser microphone have its 48 V phantom power switched on?
- Does the meter on the interface or preamp move?
- Is the DAW track armed and set to the correct input?
- Is the track routed to the right bus and output? Is anything muted or soloed?
- Is the interface''s monitor knob up and are the speakers powered on?

Change one thing at a time, so you know what fixed it.

## Try it

1. Draw your own chain as a row of boxes and arrows, even if it is only a phone and earbuds. Label the level at each arrow: mic, instrument, line or speaker.
2. Ask a friend to introduce a fault while you look away: a muted track, the wrong input, the volume knob turned down. Find it by walking your diagram from source to speaker, and time yourself.', 15, 2),
    (2013, 201, 'gain-staging-and-headroom', 'Gain staging and headroom', 'Set levels at each point in the chain so recordings sit well above the noise floor, keep safe headroom and never clip.', 'Gain staging means setting the level at each point in the signal chain so the audio is strong enough to stay well clear of noise, but never so hot that it clips. Done well, nobody notices. Done badly, you hear hiss, harsh distortion, or a mix with every fader near the bottom.

## Noise floor, headroom and clipping

Every device adds a little noise of its own: that is its noise floor. Every device also has a maximum level it can pass cleanly; in a digital system that ceiling is 0 dBFS. The space between your normal working level and the ceiling is your **headroom**. The space between your signal and the noise floor is your **signal-to-noise ratio**. Gain staging is choosing a level that keeps generous headroom while staying comfortably above the noise.

Digital clipping is unforgiving: anything above 0 dBFS is simply chopped off, and the result sounds harsh. Analogue gear usually distorts more gradually, and some engineers push it on purpose, but clipping a converter is almost never wanted.

## Recording levels in practice

At 24-bit there is no reason to record as loud as possible; the noise floor is far below anything you will hear. Common rules of thumb are:

- an average level of around -18 dBFS on the meter;
- peaks around -10 to -6 dBFS, leaving room for the moment a singer suddenly belts.

Many converters and analogue-style plugins are designed around a nominal level near -18 to -20 dBFS, so working there also keeps them in their comfort zone.

Set the gain while the performer plays the loudest part of the song, not a polite warm-up. Ask the drummer to hit as hard as they will in the chorus and the singer to sing the biggest line. Adjust the preamp gain, not the DAW fader: the fader only changes playback level, not what gets recorded.

## Gain staging inside the mix

Every plugin on a track can raise or lower the level. Compare the level going into and coming out of each plugin, using its output or trim control so that switching it on and off does not change the loudness much. That keeps your judgement honest, because a louder version nearly always sounds "better" at first.

Most DAWs mix internally in floating point, so a channel meter going above zero rarely damages the sound inside the software. The master output is different: it feeds a converter or a file, and it will clip. Keeping mix peaks around -6 dBFS on the master leaves space for mastering later.

## The same idea on stage

A live console works the same way. During the line check, set each channel''s gain while listening on pre-fade listen (PFL) so the meter sits around its nominal level, then mix with the faders near their 0 dB mark, where they give the finest control. Far more gain than you need also raises the risk of feedback when microphones face loud speakers.

## Key terms

- **Noise floor:** the background noise a device always produces.
- **Headroom:** the space between working level and the maximum level.
- **Nominal level:** the level a device is designed to run at.
- **Trim:** a control for adjusting level without changing anything else.

## Try it

1. In a free DAW, record the same spoken sentence three times: once with peaks around -30 dBFS, once with peaks around -10 dBFS, and once turned up until the meter hits the top and turns red.
2. Raise the quiet take until it matches the others and listen on headphones for hiss. Listen to the hot take for crunchy, broken peaks.
3. Put any two plugins on the good take and adjust their output controls until bypassing them leaves the loudness about the same.', 14, 3),
    (2014, 201, 'daw-basics-tracks-buses-sends-inserts', 'DAW basics: sessions, tracks, buses, sends and inserts', 'Understand sample rate and bit depth, the main track types, and how inserts, sends and buses move audio around a DAW session.', 'A digital audio workstation (DAW) is the software at the centre of modern recording: Pro Tools, Logic Pro, Ableton Live, Cubase, Reaper, Studio One and many more. They look different but share the same core ideas, so once you learn those you can find your way around almost any of them.

## Sessions and their settings

A session (some DAWs call it a project) is a file that stores your arrangement, routing and plugin settings. The audio itself lives as separate files in the session folder, so always copy or back up the whole folder, not just the session file. Two settings are chosen when you create it:

- **Sample rate:** how many times per second the converter measures the signal. 44.1 kHz is the traditional rate for music; 48 kHz is standard for video and broadcast. A system can capture frequencies up to just under half its sample rate, so both comfortably cover the 20 kHz limit of human hearing. Higher rates such as 96 kHz exist, but they make much larger files.
- **Bit depth:** how precisely each measurement is stored. Each bit adds about 6 dB of dynamic range, so 16-bit gives about 96 dB and 24-bit about 144 dB in theory, more than any real microphone or preamp can use. Record at 24-bit.

Keep one sample rate for the whole project; audio at the wrong rate can play back at the wrong speed and pitch.

## Track types

- **Audio tracks** hold recorded sound, shown as waveforms.
- **MIDI or instrument tracks** hold notes (pitch, timing and velocity) that play a virtual instrument. The notes make no sound on their own.
- **Aux, bus or return tracks** receive audio from other tracks instead of from an input.
- **The master track** is the final output that you hear and export.

## Inserts and sends

| | Insert | Send |
|---|---|---|
| Signal path | The whole signal passes through the plugin | A copy of the signal goes to another track |
| Typical plugins | EQ, compressor, noise gate | Reverb, delay |
| How much effect | The plugin''s own settings | The send level; the effect on the return is set fully wet |

Inserts run from top to bottom, so order matters: an EQ before a compressor behaves differently from one after it. Sends let several tracks share one reverb, which saves processing power and places the instruments in one shared space.

A **post-fader** send follows the channel fader, so pulling the vocal down also pulls its reverb down; that suits effects. A **pre-fader** send ignores the fader, which suits headphone mixes for performers, since your mix moves should not change what the singer hears.

## Buses and groups

A bus is a path that carries several signals together. Route all the drum tracks to a drum bus and one fader now controls the whole kit, and one compressor can treat the drums as a single instrument. Many mixes put drums, bass, guitars and vocals on their own buses, all feeding the master.

## Try it

1. In a free DAW such as Tracktion Waveform Free, or Reaper during its free evaluation, create a session at 48 kHz and 24-bit.
2. Record or import four parts, for example two drum loops, a bass line and a vocal. Route both drum tracks to a bus named Drums and check that its fader moves both.
3. Create a return track with a reverb set fully wet, and send the vocal to it. Pull the vocal fader down with the send post-fader, then pre-fader, and listen to what happens to the reverb each time.', 16, 4),
    (2015, 201, 'monitoring-and-critical-listening', 'Monitoring and critical listening', 'Set up speakers and headphones you can trust, listen at safe levels, and learn a vocabulary for describing what you hear.', 'Monitoring is what you listen on; critical listening is how you listen. Both careers depend on it. A producer has to judge whether the chorus really lifts, and an engineer has to catch the buzz on a bass DI or a microphone picking up too much room. Neither is possible if your speakers or your habits mislead you.

## Speakers, headphones and the room

- **Studio monitors** aim for a fairly even, uncoloured sound, so that problems stay audible instead of being flattered the way many home hi-fi speakers do.
- **Placement:** the two monitors and your head should form an equal-sided triangle, with the tweeters at ear height and the speakers kept out of corners and a little away from the wall behind them.
- **The room** shapes the bass more than anything else. Low notes bounce between walls and build up in some spots while cancelling in others, so moving your chair a little can change how much bass you hear.
- **Headphones:** closed-back models leak less sound, which suits recording because the microphone will not pick up the click track. Open-back models usually sound more natural for mixing. Headphones remove the room from the picture but exaggerate stereo width, so check mixes on speakers too.
- **Cross-checking:** before you call anything finished, play it on a phone, earbuds and a car stereo.

## Listening level and fatigue

At low volume we hear less of the deep bass and the very top than at moderate volume; this is shown by the equal-loudness curves. Many engineers mix at a moderate, steady level and only briefly check louder or quieter. Ears tire after long, loud sessions and start to misjudge the treble, so take regular breaks, and protect your hearing at gigs.

## What to listen for

Describing sound is easier with shared words. These ranges are approximate, but they are widely used:

| Range | Roughly | Common words |
|---|---|---|
| Sub-bass | 20 to 60 Hz | Rumble, felt more than heard |
| Bass | 60 to 250 Hz | Weight and warmth; too much sounds boomy |
| Low mids | 250 to 500 Hz | Body; too much sounds muddy or boxy |
| Mids | 500 Hz to 2 kHz | Character; too much sounds honky or nasal |
| Upper mids | 2 to 6 kHz | Clarity and attack; too much sounds harsh |
| Highs | 6 to 20 kHz | Air and sparkle; too much brings hiss and sharp "s" sounds |

Tone is only one layer. Also listen for the balance between parts, where each sits left to right, how near or far it feels, how its loudness changes over time, and faults such as clicks, distortion, noise, timing slips or tuning problems.

## Compare fairly

A slightly louder version almost always sounds better at first, so match levels before you compare two versions. Use reference tracks: a few released songs in a similar style, imported into your session and turned down to match your mix, so you can switch between them and hear what differs.

## Try it

1. Pick a song you know well and listen three times, focusing on one thing each time: first, list every instrument and where it sits from left to right; second, follow the kick drum and bass and note which is lower; third, follow the lead vocal and describe its echo or reverb.
2. Play the same song on your phone speaker and then on headphones. Write down what disappears on the phone.
3. In any DAW, put an EQ on a song, boost a narrow band by 10 dB, and sweep it slowly from 100 Hz to 8 kHz. Use the table above to name what you hear in each range.', 15, 5);

INSERT INTO lesson_skill (lesson_id, skill_id) VALUES
    (2011, 102),
    (2011, 101),
    (2012, 101),
    (2012, 109),
    (2013, 101),
    (2013, 103),
    (2014, 103),
    (2014, 101),
    (2015, 102),
    (2015, 103);
